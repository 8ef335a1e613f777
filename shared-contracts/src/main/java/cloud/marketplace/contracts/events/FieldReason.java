package cloud.marketplace.contracts.events;

/** Why a reviewer (ours or a partner's) refused one field of a submission. */
public record FieldReason(String field, String reason) {

    public FieldReason {
        Require.text(field, "field");
        Require.text(reason, "reason");
    }
}
