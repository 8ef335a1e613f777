package cloud.marketplace.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every registered event against its sample, its JSON Schema and the wire conventions: JSON
 * round trip with the mapper the services use, schema acceptance and refusal, registry names.
 */
class EventContractTest {

    // Configured as the services' mapper is: Jackson 3 defaults.
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    static Stream<Arguments> eventTypes() {
        return EventTypes.all().stream().map(type -> Arguments.argumentSet(type.javaType().getSimpleName(), type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void writesEachEventAsJsonItsSchemaAccepts(EventType<?> type) {
        String json = MAPPER.writeValueAsString(SampleEvents.of(type.javaType()));

        assertThat(validate(type, json)).as(json).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void readsEachEventBackEqualToTheOneWritten(EventType<?> type) {
        IntegrationEvent sample = SampleEvents.of(type.javaType());

        IntegrationEvent read = MAPPER.readValue(MAPPER.writeValueAsString(sample), type.javaType());

        assertThat(read).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void writesExactlyTheRecordComponentsAndTheSchemaDescribesExactlyThose(EventType<?> type) {
        List<String> components = componentNames(type.javaType());
        JsonNode written = MAPPER.valueToTree(SampleEvents.of(type.javaType()));

        assertThat(written.propertyNames()).containsExactlyInAnyOrderElementsOf(components);
        assertThat(schemaJson(type).get("properties").propertyNames()).containsExactlyElementsOf(components);
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void writesInstantsAsIsoStrings(EventType<?> type) throws ReflectiveOperationException {
        IntegrationEvent sample = SampleEvents.of(type.javaType());
        JsonNode written = MAPPER.valueToTree(sample);

        for (RecordComponent component : type.javaType().getRecordComponents()) {
            if (component.getType() != Instant.class) {
                continue;
            }
            Instant value = (Instant) component.getAccessor().invoke(sample);
            JsonNode node = written.get(component.getName());
            if (value == null) {
                assertThat(node.isNull()).as(component.getName()).isTrue();
            } else {
                assertThat(node.isString()).as(component.getName() + " is a JSON string").isTrue();
                assertThat(node.asString()).as(component.getName()).isEqualTo(value.toString());
            }
        }
        assertThat(written.get("occurredAt").asString()).isEqualTo("2026-03-02T08:30:00.123456Z");
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaRefusesTheEventWithoutAnyOneOfItsRequiredFields(EventType<?> type) {
        ObjectNode written = MAPPER.valueToTree(SampleEvents.of(type.javaType()));
        List<String> required = requiredFields(type);
        assertThat(required).contains("eventId", "occurredAt", "schemaVersion");

        for (String field : required) {
            ObjectNode incomplete = written.deepCopy();
            incomplete.remove(field);

            Set<ValidationMessage> errors = validate(type, MAPPER.writeValueAsString(incomplete));

            assertThat(errors).as("without " + field).isNotEmpty();
            assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(message -> message.contains(field));
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaRefusesAnUnknownField(EventType<?> type) {
        ObjectNode written = MAPPER.valueToTree(SampleEvents.of(type.javaType()));
        written.put("unexpected", "value");

        assertThat(validate(type, MAPPER.writeValueAsString(written))).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaRefusesAnInstantThatIsNotIsoText(EventType<?> type) {
        ObjectNode written = MAPPER.valueToTree(SampleEvents.of(type.javaType()));
        written.put("occurredAt", "02.03.2026 08:30");

        assertThat(validate(type, MAPPER.writeValueAsString(written))).isNotEmpty();
        written.put("occurredAt", 1772440200L);
        assertThat(validate(type, MAPPER.writeValueAsString(written))).isNotEmpty();
    }

    /** The schema's {@code required} list and the record's null checks say the same thing. */
    @ParameterizedTest
    @MethodSource("eventTypes")
    void recordRefusesNullExactlyWhereTheSchemaRequiresTheField(EventType<?> type) throws ReflectiveOperationException {
        IntegrationEvent sample = SampleEvents.of(type.javaType());
        RecordComponent[] components = type.javaType().getRecordComponents();
        List<String> required = requiredFields(type);

        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            if (component.getType().isPrimitive()) {
                assertThat(required).as("primitive " + component.getName() + " is required").contains(component.getName());
                continue;
            }
            Object[] arguments = argumentsOf(sample);
            arguments[i] = null;
            Throwable thrown = construct(type.javaType(), arguments);
            if (required.contains(component.getName())) {
                assertThat(thrown).as(component.getName() + " = null")
                        .isInstanceOf(NullPointerException.class).hasMessageContaining(component.getName());
            } else {
                assertThat(thrown).as(component.getName() + " = null").isNull();
                ObjectNode withNull = MAPPER.valueToTree(sample);
                withNull.putNull(component.getName());
                assertThat(validate(type, MAPPER.writeValueAsString(withNull))).as(component.getName() + " = null").isEmpty();
            }
        }
    }

    /**
     * Services build events with {@code Xxx.of(occurredAt, payload...)}: payload in component
     * order, a fresh random event id, schema version 1.
     */
    @ParameterizedTest
    @MethodSource("eventTypes")
    void factoryFillsAFreshEventIdAndSchemaVersionOne(EventType<?> type) throws ReflectiveOperationException {
        IntegrationEvent sample = SampleEvents.of(type.javaType());
        Object[] all = argumentsOf(sample);
        List<Object> factoryArguments = new ArrayList<>();
        factoryArguments.add(sample.occurredAt());
        factoryArguments.addAll(Arrays.asList(all).subList(3, all.length));
        List<Class<?>> parameterTypes = new ArrayList<>();
        parameterTypes.add(Instant.class);
        Arrays.stream(type.javaType().getRecordComponents()).skip(3).forEach(c -> parameterTypes.add(c.getType()));

        var factory = type.javaType().getMethod("of", parameterTypes.toArray(Class<?>[]::new));
        IntegrationEvent first = type.javaType().cast(factory.invoke(null, factoryArguments.toArray()));
        IntegrationEvent second = type.javaType().cast(factory.invoke(null, factoryArguments.toArray()));

        assertThat(first.schemaVersion()).isEqualTo(1);
        assertThat(first.occurredAt()).isEqualTo(sample.occurredAt());
        assertThat(UUID.fromString(first.eventId()).version()).isEqualTo(4);
        assertThat(first.eventId()).isNotEqualTo(second.eventId()).isNotEqualTo(sample.eventId());
        assertThat(first).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(sample);
        assertThat(validate(type, MAPPER.writeValueAsString(first))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void partitionKeyIsTheProviderIdOrTheCategoryId(EventType<?> type) {
        IntegrationEvent sample = SampleEvents.of(type.javaType());

        if (sample instanceof CategoryChanged changed) {
            assertThat(changed.partitionKey()).isEqualTo(changed.categoryId()).isEqualTo(SampleEvents.CATEGORY_ID);
        } else {
            assertThat(componentNames(type.javaType())).contains("providerId");
            assertThat(sample.partitionKey()).isEqualTo(SampleEvents.PROVIDER_ID);
        }
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void schemaIsAValidDraft202012SchemaNamedAfterItsEvent(EventType<?> type) {
        JsonSchema metaSchema = SCHEMAS.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        JsonNode schema = schemaJson(type);

        assertThat(metaSchema.validate(schema.toString(), InputFormat.JSON)).isEmpty();
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("title").asString()).isEqualTo(type.javaType().getSimpleName());
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.get("description").asString()).contains(type.name()).contains(type.topic());
    }

    @Test
    void everyRegisteredTypeHasASampleAndASchemaAndEverySampleIsRegistered() {
        for (EventType<?> type : EventTypes.all()) {
            assertThat(SampleEvents.has(type.javaType())).as("sample of " + type.name()).isTrue();
            assertThat(EventContractTest.class.getResource(type.schemaResource())).as(type.schemaResource()).isNotNull();
        }
        assertThat(SampleEvents.all()).extracting(Object::getClass)
                .containsExactlyInAnyOrderElementsOf(EventTypes.all().stream().map(EventType::javaType).toList());
    }

    @Test
    void everySchemaFileBelongsToARegisteredType() throws IOException, URISyntaxException {
        Path folder = Path.of(EventContractTest.class.getResource("/schemas").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> "/schemas/" + file.getFileName()))
                    .containsExactlyInAnyOrderElementsOf(EventTypes.all().stream().map(EventType::schemaResource).toList());
        }
    }

    @Test
    void namesAreUniqueAndFollowTheNamingRule() {
        List<String> names = EventTypes.all().stream().map(EventType::name).toList();
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);

        for (EventType<?> type : EventTypes.all()) {
            String simpleName = type.javaType().getSimpleName();
            assertThat(type.name()).matches("cloud\\.marketplace\\.(onboarding|merchant|catalog|billing|orders)\\."
                    + simpleName + "\\.v1");
            assertThat(type.schemaResource()).isEqualTo("/schemas/" + simpleName + ".v1.json");
            assertThat(Topics.ALL).contains(type.topic());
            assertThat(EventTypes.named(type.name())).contains(type);
            assertThat(EventTypes.of(type.javaType())).isSameAs(type);
        }
        assertThat(EventTypes.all()).extracting(EventType::topic).containsAll(Topics.ALL);
    }

    @Test
    void eachTopicCarriesTheEventsOfTheDesign() {
        assertThat(typesOn(Topics.PROVIDER)).containsExactly(ProviderApplicationSubmitted.class, ProviderApproved.class,
                ProviderRejected.class, StorePublished.class);
        assertThat(typesOn(Topics.MERCHANT_ACCOUNT)).containsExactly(MerchantApplicationSubmitted.class,
                MerchantVerificationRequired.class, MerchantActivated.class, MerchantApplicationRejected.class);
        assertThat(typesOn(Topics.PRODUCT)).containsExactly(ProductSubmitted.class, ProductListed.class,
                ProductRejected.class, ProductDelisted.class);
        assertThat(typesOn(Topics.CATEGORY)).containsExactly(CategoryChanged.class);
        assertThat(typesOn(Topics.DEPOSIT)).containsExactly(DepositPaid.class, DepositShortfall.class);
        assertThat(typesOn(Topics.LEDGER)).containsExactly(CommissionCharged.class, WithdrawalCompleted.class);
        assertThat(typesOn(Topics.ORDERS)).containsExactly(OrderCompleted.class, OrderRefunded.class);
    }

    @Test
    void unknownEventClassIsRefusedByTheRegistry() {
        assertThatThrownBy(() -> EventTypes.of(UnregisteredEvent.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(EventTypes.named("cloud.marketplace.onboarding.ProviderApproved.v2")).isEmpty();
    }

    private record UnregisteredEvent(String eventId, Instant occurredAt, int schemaVersion) implements IntegrationEvent {
        @Override
        public String partitionKey() {
            return eventId;
        }
    }

    private static List<Class<?>> typesOn(String topic) {
        return EventTypes.all().stream().filter(type -> type.topic().equals(topic)).<Class<?>>map(EventType::javaType).toList();
    }

    private static Set<ValidationMessage> validate(EventType<?> type, String json) {
        try (InputStream schema = EventContractTest.class.getResourceAsStream(type.schemaResource())) {
            return SCHEMAS.getSchema(schema, ASSERT_FORMATS).validate(json, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaJson(EventType<?> type) {
        try (InputStream schema = EventContractTest.class.getResourceAsStream(type.schemaResource())) {
            return MAPPER.readTree(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> requiredFields(EventType<?> type) {
        List<String> required = new ArrayList<>();
        schemaJson(type).get("required").forEach(node -> required.add(node.asString()));
        return required;
    }

    private static List<String> componentNames(Class<?> recordClass) {
        return Arrays.stream(recordClass.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static Object[] argumentsOf(Object event) throws ReflectiveOperationException {
        RecordComponent[] components = event.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(event);
        }
        return values;
    }

    /** Calls the canonical constructor; answers what it threw, or null. */
    private static Throwable construct(Class<?> recordClass, Object[] arguments) throws ReflectiveOperationException {
        Class<?>[] types = Arrays.stream(recordClass.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> canonical = recordClass.getDeclaredConstructor(types);
        Throwable thrown = catchThrowable(() -> canonical.newInstance(arguments));
        return thrown instanceof InvocationTargetException invocation ? invocation.getCause() : thrown;
    }
}
