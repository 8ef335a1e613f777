package cloud.marketplace.catalog.category;

import cloud.marketplace.contracts.events.CategoryKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The whole category tree at one version: majors in order, each with its level-1 categories. */
public record CategoryTree(long version, List<Major> majors) {

    public record Major(long id, CategoryKind kind, String name, String nameEn, String description, int position,
                        boolean disabled, List<Child> children) {
    }

    public record Child(long id, String name, String nameEn, int position, boolean disabled) {
    }

    static CategoryTree of(long version, List<Category> categories) {
        Map<Long, List<Child>> children = categories.stream()
                .filter(category -> !category.isMajor())
                .collect(Collectors.groupingBy(Category::parentId, Collectors.mapping(
                        c -> new Child(c.id(), c.name(), c.nameEn(), c.position(), c.disabled()), Collectors.toList())));
        List<Major> majors = categories.stream()
                .filter(Category::isMajor)
                .map(m -> new Major(m.id(), m.kind(), m.name(), m.nameEn(), m.description(), m.position(), m.disabled(),
                        children.getOrDefault(m.id(), List.of())))
                .toList();
        return new CategoryTree(version, majors);
    }

    /** The strong ETag of this version of the tree. */
    public String etag() {
        return etagOf(version);
    }

    public static String etagOf(long version) {
        return "\"categories-" + version + "\"";
    }
}
