package cloud.marketplace.merchant.wechat;

import cloud.marketplace.contracts.events.FieldReason;
import java.util.List;

/** What WeChat Pay answered about an applyment, checked and decrypted by the adapter. */
public record ApplymentStatus(PartnerState state, String description, String merchantId, AccountVerification accountVerification,
                              String signUrl, List<FieldReason> rejections) {

    public ApplymentStatus {
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
    }
}
