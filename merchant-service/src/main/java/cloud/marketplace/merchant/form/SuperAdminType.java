package cloud.marketplace.merchant.form;

/** Who the super administrator (超级管理员) is: the legal representative (经营者/法人) or a responsible person (负责人). */
public enum SuperAdminType {
    LEGAL_REPRESENTATIVE,
    RESPONSIBLE_PERSON
}
