package cloud.marketplace.merchant.tenpay;

import cloud.marketplace.contracts.events.FieldReason;
import java.time.Instant;
import java.util.List;

/** What Tenpay answered about an account, checked by the adapter. */
public record TenpayStatus(TenpayState state, String description, String adminConfirmUrl, String signUrl, String merchantId,
                           Integer amountAttemptsLeft, Instant amountDeadline, List<FieldReason> rejections) {

    public TenpayStatus {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
    }
}
