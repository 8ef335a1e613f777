package cloud.marketplace.merchant.form;

/** The super administrator of a merchant account: signs, receives notices, operates funds. */
public record SuperAdmin(SuperAdminType type, String name, String idNumber, String mobile, String email) {
}
