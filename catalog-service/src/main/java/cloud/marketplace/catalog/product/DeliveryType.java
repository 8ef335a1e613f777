package cloud.marketplace.catalog.product;

/** How a product reaches the buyer. */
public enum DeliveryType {
    /** A machine image (镜像) deployed on the buyer's cloud servers. */
    IMAGE,
    /** Software used as a hosted service. */
    SAAS,
    /** An API the buyer calls. */
    API,
    /** People's work: deployment, migration, operations, consulting (人工服务). */
    SERVICE,
    /** A software licence or licence key. */
    LICENSE
}
