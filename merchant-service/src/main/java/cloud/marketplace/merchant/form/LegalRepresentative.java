package cloud.marketplace.merchant.form;

/** The legal representative's identity document; {@code validUntil} is a date or {@value ValidityPeriod#LONG_TERM}. */
public record LegalRepresentative(String idType, String name, String idNumber, String validFrom, String validUntil) {

    public static final String MAINLAND_ID_CARD = "MAINLAND_ID_CARD";
}
