package cloud.marketplace.catalog.category.web;

import cloud.marketplace.catalog.category.Category;
import cloud.marketplace.catalog.category.CategoryCatalog;
import cloud.marketplace.catalog.category.CategoryPatch;
import cloud.marketplace.catalog.category.CategoryTree;
import cloud.marketplace.contracts.events.CategoryKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/categories")
@Tag(name = "Categories", description = "The category tree: general and industry majors with their level-1 categories")
class CategoryController {

    private final CategoryCatalog catalog;

    CategoryController(CategoryCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "The whole tree, majors in order with their level-1 categories (public; ETag / If-None-Match)")
    ResponseEntity<List<CategoryTree.Major>> tree(@RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        String etag = CategoryTree.etagOf(catalog.currentVersion());
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CacheControl.noCache().cachePublic()).build();
        }
        CategoryTree tree = catalog.tree();
        return ResponseEntity.ok().eTag(tree.etag()).cacheControl(CacheControl.noCache().cachePublic()).body(tree.majors());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One category")
    CategoryResponse one(@PathVariable long id) {
        return CategoryResponse.of(catalog.get(id));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a major category (no parentId) or a level-1 category under a major (ADMIN); 409 on a name clash")
    ResponseEntity<CategoryResponse> create(@Valid @RequestBody NewCategory request) {
        Category created = catalog.create(request.kind(), request.parentId(), request.name().strip(),
                strip(request.nameEn()), strip(request.description()));
        return ResponseEntity.created(URI.create("/api/catalog/categories/" + created.id())).body(CategoryResponse.of(created));
    }

    @PatchMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Rename, reorder (1-based position among siblings), disable or enable a category (ADMIN); never deletes")
    CategoryResponse update(@PathVariable long id, @Valid @RequestBody CategoryChangeRequest request) {
        return CategoryResponse.of(catalog.update(id, new CategoryPatch(strip(request.name()), strip(request.nameEn()),
                strip(request.description()), request.position(), request.disabled())));
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    record NewCategory(@NotNull CategoryKind kind, @Positive Long parentId, @NotBlank @Size(max = 64) String name,
                       @Size(max = 128) String nameEn, @Size(max = 512) String description) {
    }

    record CategoryChangeRequest(@Size(min = 1, max = 64) @jakarta.validation.constraints.Pattern(regexp = ".*\\S.*",
            message = "must not be blank") String name, @Size(max = 128) String nameEn, @Size(max = 512) String description,
                                 @Min(1) @Max(1000) Integer position, Boolean disabled) {
    }

    record CategoryResponse(long id, CategoryKind kind, Long parentId, String name, String nameEn, String description,
                            int position, boolean disabled) {
        static CategoryResponse of(Category c) {
            return new CategoryResponse(c.id(), c.kind(), c.parentId(), c.name(), c.nameEn(), c.description(),
                    c.position(), c.disabled());
        }
    }
}
