package cloud.marketplace.catalog.category;

/** The fields an administrator changes on a category; absent ones stay as they are. */
public record CategoryPatch(String name, String nameEn, String description, Integer position, Boolean disabled) {
}
