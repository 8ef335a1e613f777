package cloud.marketplace.contracts.events;

/**
 * What the wire knows of an event: its CloudEvents {@code ce_type}, the topic it travels on,
 * the record it reads into, and the JSON Schema (a classpath resource) its value satisfies.
 */
public record EventType<E extends IntegrationEvent>(String name, String topic, Class<E> javaType, String schemaResource) {
}
