package cloud.marketplace.contracts.events;

/** The two merchant accounts a provider can open to be paid. */
public enum MerchantChannel {
    /** 微信商户号: individual buyers paying with WeChat Pay. */
    WECHAT_PAY,
    /** 财付通商户号 (商企付): enterprise buyers paying through the B2B bank gateway. */
    TENPAY
}
