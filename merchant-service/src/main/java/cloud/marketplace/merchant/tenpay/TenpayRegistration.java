package cloud.marketplace.merchant.tenpay;

/** Tenpay registered (or re-registered) the account: its id, and where the super administrator confirms by QR. */
public record TenpayRegistration(String accountId, TenpayState state, String adminConfirmUrl) {
}
