package cloud.marketplace.onboarding.client.billing;

/** The provider's deposit account; {@code status} is UNPAID, PAID or SHORTFALL. Amounts in fen. */
public record DepositStatus(String providerId, long requiredFen, long paidFen, String status) {
}
