package cloud.marketplace.catalog.category;

import cloud.marketplace.contracts.events.CategoryKind;

/**
 * A category: a major category (商品大类, no parent) or a level-1 category (一级分类) under a
 * major of the same kind. Categories are disabled, never deleted: products may point at them.
 */
public record Category(long id, CategoryKind kind, Long parentId, String name, String nameEn, String description,
                       int position, boolean disabled) {

    public boolean isMajor() {
        return parentId == null;
    }

    /** Names are unique among siblings: the level-1 categories of one major, or the majors of one kind. */
    String siblingGroup() {
        return siblingGroup(kind, parentId);
    }

    static String siblingGroup(CategoryKind kind, Long parentId) {
        return parentId == null ? "KIND:" + kind : parentId.toString();
    }
}
