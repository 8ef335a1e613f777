package cloud.marketplace.merchant.tenpay;

/** The corporate bank account Tenpay verifies with a micro-deposit and binds for withdrawals. */
public record BankAccount(String accountType, String bankName, String branchCity, String branchName, String accountNumber,
                          Boolean controllingPersonIsLegalRepresentative) {

    public static final String CORPORATE = "CORPORATE";
}
