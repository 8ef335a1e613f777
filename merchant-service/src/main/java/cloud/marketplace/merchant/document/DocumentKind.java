package cloud.marketplace.merchant.document;

/** The images a merchant form carries. */
public enum DocumentKind {
    BUSINESS_LICENSE("business licence"),
    ID_CARD_FRONT("ID card front (portrait side)"),
    ID_CARD_BACK("ID card back (national emblem side)"),
    ORG_CODE_CERT("organization-code certificate");

    private final String title;

    DocumentKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
