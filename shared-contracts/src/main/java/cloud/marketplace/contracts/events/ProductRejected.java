package cloud.marketplace.contracts.events;

import java.time.Instant;
import java.util.List;

/** An operator rejected a submitted product, with a reason per field. */
public record ProductRejected(
        String eventId,
        Instant occurredAt,
        int schemaVersion,
        String providerId,
        String productId,
        List<FieldReason> reasons,
        Instant rejectedAt) implements IntegrationEvent {

    public static final int SCHEMA_VERSION = 1;

    public ProductRejected {
        Require.envelope(eventId, occurredAt, schemaVersion);
        Require.text(providerId, "providerId");
        Require.text(productId, "productId");
        reasons = Require.nonEmpty(reasons, "reasons");
        Require.present(rejectedAt, "rejectedAt");
    }

    public static ProductRejected of(Instant occurredAt, String providerId, String productId, List<FieldReason> reasons,
            Instant rejectedAt) {
        return new ProductRejected(Require.newEventId(), occurredAt, SCHEMA_VERSION, providerId, productId, reasons,
                rejectedAt);
    }

    @Override
    public String partitionKey() {
        return providerId;
    }
}
