package cloud.marketplace.catalog.category.web;

import cloud.marketplace.catalog.category.CategoryCatalog;
import cloud.marketplace.catalog.category.CategoryValidation;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** For other services (service identity only): can a provider choose these categories? */
@RestController
class InternalCategoryController {

    private final CategoryCatalog catalog;

    InternalCategoryController(CategoryCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping("/internal/catalog/categories/validation")
    @Operation(summary = "Checks in one call that every id exists, is level-1 and is enabled")
    CategoryValidation validate(@Valid @RequestBody ValidationRequest request) {
        return catalog.validate(request.categoryIds());
    }

    record ValidationRequest(@NotEmpty @Size(max = 200) List<@NotNull Long> categoryIds) {
    }
}
