package cloud.marketplace.merchant.form;

import cloud.marketplace.contracts.events.MerchantChannel;
import java.util.Optional;

/** Where one channel's current identity data is read from, for the other channel's consistency check and pre-fill. */
public interface ChannelIdentitySource {

    MerchantChannel channel();

    /**
     * The provider's current form on this channel (a canceled one does not count); with
     * {@code submittedOnly}, only once it went to the partner.
     */
    Optional<ChannelIdentity> identity(String providerId, boolean submittedOnly);
}
