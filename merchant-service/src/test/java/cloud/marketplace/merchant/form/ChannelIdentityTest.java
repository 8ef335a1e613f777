package cloud.marketplace.merchant.form;

import static org.assertj.core.api.Assertions.assertThat;

import cloud.marketplace.contracts.events.MerchantChannel;
import cloud.marketplace.merchant.Fixtures;
import org.junit.jupiter.api.Test;

class ChannelIdentityTest {

    @Test
    void namesEveryFieldThatDiffersBetweenTheChannels() {
        ChannelIdentity wechat = new ChannelIdentity(MerchantChannel.WECHAT_PAY, Fixtures.COMPANY, Fixtures.CREDIT_CODE,
                Fixtures.superAdmin(), Fixtures.legalRepresentative());
        SuperAdmin otherMobile = new SuperAdmin(SuperAdminType.LEGAL_REPRESENTATIVE, Fixtures.LEGAL_NAME, Fixtures.ID_NUMBER,
                "13900139000", "admin@example.cn");
        LegalRepresentative otherValidity = new LegalRepresentative(LegalRepresentative.MAINLAND_ID_CARD, Fixtures.LEGAL_NAME,
                Fixtures.ID_NUMBER, "2020-01-01", "长期");
        ChannelIdentity tenpay = new ChannelIdentity(MerchantChannel.TENPAY, Fixtures.COMPANY, Fixtures.CREDIT_CODE, otherMobile,
                otherValidity);

        assertThat(tenpay.mismatchedFields(wechat)).containsExactly("superAdmin.mobile", "legalRepresentative.validUntil");
        assertThat(tenpay.mismatches(wechat)).allSatisfy(v -> {
            assertThat(v.code()).isEqualTo(ChannelIdentity.CHANNEL_DATA_MISMATCH);
            assertThat(v.message()).contains("WECHAT_PAY");
        });
        assertThat(wechat.mismatchedFields(wechat)).isEmpty();
    }

    @Test
    void valuesNotYetFilledOnOneSideAreNotCompared() {
        ChannelIdentity filled = new ChannelIdentity(MerchantChannel.WECHAT_PAY, Fixtures.COMPANY, Fixtures.CREDIT_CODE,
                Fixtures.superAdmin(), Fixtures.legalRepresentative());
        ChannelIdentity empty = new ChannelIdentity(MerchantChannel.TENPAY, Fixtures.COMPANY, Fixtures.CREDIT_CODE, null, null);
        assertThat(empty.mismatchedFields(filled)).isEmpty();
    }
}
