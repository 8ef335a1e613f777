package cloud.marketplace.contracts.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every event of the system: {@code ce_type} names, topics and schemas. */
public final class EventTypes {

    private static final List<EventType<?>> ALL = List.of(
            // filled with one entry per event record
    );

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> named(String ceType) {
        return Optional.ofNullable(BY_NAME.get(ceType));
    }

    @SuppressWarnings("unchecked")
    public static <E extends IntegrationEvent> EventType<E> of(Class<E> eventClass) {
        EventType<?> type = BY_CLASS.get(eventClass);
        if (type == null) {
            throw new IllegalArgumentException("not a registered event: " + eventClass.getName());
        }
        return (EventType<E>) type;
    }

    private EventTypes() {
    }
}
