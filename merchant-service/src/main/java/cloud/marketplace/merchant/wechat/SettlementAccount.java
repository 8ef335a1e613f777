package cloud.marketplace.merchant.wechat;

/** The corporate account WeChat Pay settles into; {@code bankAddressCode} is the 6-digit province/city code of the bank. */
public record SettlementAccount(String bankName, String accountName, String accountNumber, String bankAddressCode) {
}
