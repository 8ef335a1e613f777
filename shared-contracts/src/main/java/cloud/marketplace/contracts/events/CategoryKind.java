package cloud.marketplace.contracts.events;

/** 通用类目 / 行业类目. */
public enum CategoryKind {
    GENERAL,
    INDUSTRY
}
