package cloud.marketplace.contracts.events;

import java.time.Instant;

/**
 * An event one service publishes for the others. Every event carries its own id (the
 * CloudEvents {@code ce_id}), the instant it happened, and a schema version; its
 * {@link #partitionKey()} is the Kafka message key (the provider id, or the category id for
 * category events), which keeps one provider's events in order.
 */
public interface IntegrationEvent {

    String eventId();

    Instant occurredAt();

    int schemaVersion();

    String partitionKey();
}
