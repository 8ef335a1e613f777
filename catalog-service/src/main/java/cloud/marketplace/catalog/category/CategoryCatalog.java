package cloud.marketplace.catalog.category;

import cloud.marketplace.contracts.events.CategoryChange;
import cloud.marketplace.contracts.events.CategoryChanged;
import cloud.marketplace.contracts.events.CategoryKind;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.web.ProblemException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category tree: read (the hottest path of the system — served from memory while its
 * version is unchanged), and changed by administrators. Every change bumps the tree version
 * (the ETag) and publishes {@link CategoryChanged}.
 */
@Service
public class CategoryCatalog {

    private final CategoryRepository categories;
    private final Outbox outbox;
    private final Clock clock;
    private volatile CategoryTree cached = new CategoryTree(-1, List.of());

    CategoryCatalog(CategoryRepository categories, Outbox outbox, Clock clock) {
        this.categories = categories;
        this.outbox = outbox;
        this.clock = clock;
    }

    public long currentVersion() {
        return categories.treeVersion();
    }

    public CategoryTree tree() {
        long version = categories.treeVersion();
        CategoryTree tree = cached;
        if (tree.version() != version) {
            tree = loadTree();
            cached = tree;
        }
        return tree;
    }

    private CategoryTree loadTree() {
        return CategoryTree.of(categories.treeVersion(), categories.findAll());
    }

    public Category get(long id) {
        return categories.findById(id).orElseThrow(() -> ProblemException.notFound("No category " + id + "."));
    }

    @Transactional
    public Category create(CategoryKind kind, Long parentId, String name, String nameEn, String description) {
        if (parentId != null) {
            Category parent = categories.findById(parentId).orElseThrow(() -> ProblemException.unprocessable(
                    "unknown-parent-category", "No major category " + parentId + ".").with("field", "parentId"));
            if (!parent.isMajor()) {
                throw ProblemException.unprocessable("parent-not-major",
                        "Category " + parentId + " is a level-1 category; only major categories have children.");
            }
            if (parent.kind() != kind) {
                throw ProblemException.unprocessable("kind-mismatch",
                        "Major category " + parentId + " is " + parent.kind() + ", not " + kind + ".");
            }
        }
        List<Category> siblings = categories.lockSiblings(kind, parentId);
        String siblingGroup = Category.siblingGroup(kind, parentId);
        refuseNameClash(siblingGroup, name, 0);
        Category draft = new Category(0, kind, parentId, name, nameEn, description, siblings.size() + 1, false);
        Category created = categories.findById(categories.insert(draft)).orElseThrow();
        publish(created, CategoryChange.CREATED);
        return created;
    }

    @Transactional
    public Category update(long id, CategoryPatch patch) {
        Category current = categories.findById(id).orElseThrow(() -> ProblemException.notFound("No category " + id + "."));
        if (patch.name() != null && !patch.name().equals(current.name())) {
            refuseNameClash(current.siblingGroup(), patch.name(), id);
        }
        Category updated = new Category(id, current.kind(), current.parentId(),
                patch.name() != null ? patch.name() : current.name(),
                patch.nameEn() != null ? patch.nameEn() : current.nameEn(),
                patch.description() != null ? patch.description() : current.description(),
                current.position(),
                patch.disabled() != null ? patch.disabled() : current.disabled());
        if (patch.position() != null && patch.position() != current.position()) {
            updated = reorder(updated, patch.position());
        }
        categories.update(updated);
        publish(updated, changeOf(current, updated));
        return updated;
    }

    /** Which of these ids a provider may choose: they must exist, be level-1, and be enabled with their major. */
    @Transactional(readOnly = true)
    public CategoryValidation validate(Collection<Long> ids) {
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(ids);
        Map<Long, Category> found = categories.findByIds(distinct).stream()
                .collect(Collectors.toMap(Category::id, Function.identity()));
        Map<Long, Category> parents = categories.findByIds(found.values().stream()
                        .map(Category::parentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Category::id, Function.identity()));
        List<CategoryValidation.InvalidCategory> invalid = new ArrayList<>();
        for (Long id : distinct) {
            Category category = found.get(id);
            CategoryValidation.Reason reason = null;
            if (category == null) {
                reason = CategoryValidation.Reason.NOT_FOUND;
            } else if (category.isMajor()) {
                reason = CategoryValidation.Reason.NOT_LEVEL_1;
            } else if (category.disabled() || parents.get(category.parentId()).disabled()) {
                reason = CategoryValidation.Reason.DISABLED;
            }
            if (reason != null) {
                invalid.add(new CategoryValidation.InvalidCategory(id, reason));
            }
        }
        return new CategoryValidation(invalid.isEmpty(), invalid);
    }

    private Category reorder(Category moving, int requestedPosition) {
        List<Category> siblings = new ArrayList<>(categories.lockSiblings(moving.kind(), moving.parentId()));
        siblings.removeIf(sibling -> sibling.id() == moving.id());
        int index = Math.clamp(requestedPosition - 1, 0, siblings.size());
        siblings.add(index, moving);
        Category moved = moving;
        for (int i = 0; i < siblings.size(); i++) {
            Category sibling = siblings.get(i);
            Category renumbered = new Category(sibling.id(), sibling.kind(), sibling.parentId(), sibling.name(),
                    sibling.nameEn(), sibling.description(), i + 1, sibling.disabled());
            if (sibling.id() == moving.id()) {
                moved = renumbered;
            } else if (sibling.position() != i + 1) {
                categories.update(renumbered);
            }
        }
        return moved;
    }

    private void refuseNameClash(String siblingGroup, String name, long exceptId) {
        if (categories.nameTaken(siblingGroup, name, exceptId)) {
            throw ProblemException.conflict("category-name-taken",
                    "A category named '" + name + "' already exists at this place of the tree.").with("field", "name");
        }
    }

    private void publish(Category category, CategoryChange change) {
        long version = categories.bumpTreeVersion();
        outbox.publish(CategoryChanged.of(clock.instant(), Long.toString(category.id()), category.kind(),
                category.parentId() == null ? null : category.parentId().toString(), category.name(), category.nameEn(),
                category.description(), category.position(), category.disabled(), change, version));
    }

    private static CategoryChange changeOf(Category before, Category after) {
        List<CategoryChange> changes = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            changes.add(CategoryChange.RENAMED);
        }
        if (before.position() != after.position()) {
            changes.add(CategoryChange.MOVED);
        }
        if (before.disabled() != after.disabled()) {
            changes.add(after.disabled() ? CategoryChange.DISABLED : CategoryChange.ENABLED);
        }
        return changes.size() == 1 ? changes.getFirst() : CategoryChange.UPDATED;
    }
}
