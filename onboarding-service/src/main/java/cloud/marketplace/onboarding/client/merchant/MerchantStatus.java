package cloud.marketplace.onboarding.client.merchant;

import java.util.List;

/** The provider's merchant accounts: one entry per channel it started (WECHAT_PAY, TENPAY). */
public record MerchantStatus(String providerId, List<Channel> channels) {

    public MerchantStatus {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** {@code status} is the channel's state name in merchant-service (e.g. SUBMITTED, ACTIVE). */
    public record Channel(String channel, String status, boolean active) {
    }
}
