package cloud.marketplace.catalog.product.web;

import cloud.marketplace.catalog.product.Actor;
import cloud.marketplace.catalog.product.BillingCycle;
import cloud.marketplace.catalog.product.Contact;
import cloud.marketplace.catalog.product.DeliveryType;
import cloud.marketplace.catalog.product.PricePlan;
import cloud.marketplace.catalog.product.Product;
import cloud.marketplace.catalog.product.ProductContent;
import cloud.marketplace.catalog.product.ProductLists;
import cloud.marketplace.catalog.product.Products;
import cloud.marketplace.platform.security.Caller;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/products")
@Tag(name = "Products", description = "Providers' products: drafts, submission through the listing gate, listing and delisting")
class ProductController {

    /** Mainland mobile, landline with area code, or a 400 service number. */
    static final String PHONE = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|400-?\\d{3}-?\\d{4}";
    /** 100 million CNY: far above any plan, low enough to catch a misplaced unit. */
    static final long MAX_PLAN_FEN = 10_000_000_000L;

    private final Products products;

    ProductController(Products products) {
        this.products = products;
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Create a draft in a level-1 category the provider was approved for (422 naming any other category)")
    ResponseEntity<ProductViews.ProductView> create(Caller caller, @Valid @RequestBody ProductRequest request) {
        Product created = products.create(caller.providerId(), request.content());
        return ResponseEntity.created(URI.create("/api/catalog/products/" + created.id()))
                .body(ProductViews.ProductView.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Replace the content: a draft changes in place; on a listed product the change goes under review"
            + " while the listed revision stays on sale; 409 while under review")
    ProductViews.ProductView edit(Caller caller, @PathVariable String id, @Valid @RequestBody ProductRequest request) {
        return ProductViews.ProductView.of(products.edit(caller.providerId(), id, request.content()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "Submit for review; 422 with missing:[PROVIDER_APPROVED, MERCHANT_ACTIVE, DEPOSIT_PAID, STORE_PUBLISHED]"
            + " naming every step not yet done")
    ProductViews.ProductView submit(Caller caller, @PathVariable String id) {
        return ProductViews.ProductView.of(products.submit(caller.providerId(), id));
    }

    @PostMapping("/{id}/delist")
    @PreAuthorize("hasAnyRole('PROVIDER', 'OPERATOR')")
    @Operation(summary = "Take a listed product off sale (下架): its provider, or an operator with a reason")
    ProductViews.ProductView delist(Caller caller, @PathVariable String id,
                                    @Valid @RequestBody(required = false) DelistRequest request) {
        String reason = request == null || request.reason() == null ? null : request.reason().strip();
        return ProductViews.ProductView.of(products.delist(id, Viewers.actor(caller), reason));
    }

    @GetMapping
    @Operation(summary = "Listed products, newest first, optionally of one category (public)")
    Page<ProductLists.ListedProduct> listed(@Valid ListedQuery query, @Valid PageQuery page) {
        return products.listed(query.categoryId(), page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One product: a listed one is public; its provider and operators see it in any state, whole")
    @ApiResponse(responseCode = "200", description = "The whole product for its provider and operators, else its listed face",
            content = @Content(schema = @Schema(oneOf = {ProductViews.ProductView.class, ProductViews.PublicProductView.class})))
    Object one(@PathVariable String id) {
        Actor viewer = Viewers.current();
        Product product = products.readable(id, viewer);
        return Products.mayManage(product, viewer) ? ProductViews.ProductView.of(product)
                : ProductViews.PublicProductView.of(product);
    }

    @GetMapping("/mine")
    @PreAuthorize("hasRole('PROVIDER')")
    @Operation(summary = "The calling provider's products in every state, the latest changed first")
    Page<ProductLists.OwnProduct> mine(Caller caller, @Valid PageQuery page) {
        return products.ownedBy(caller.providerId(), page);
    }

    @GetMapping("/{id}/reviews")
    @PreAuthorize("hasAnyRole('PROVIDER', 'OPERATOR')")
    @Operation(summary = "Every review of the product: decision, checklist marks, reasons (its provider and operators)")
    List<ProductViews.ReviewView> reviews(Caller caller, @PathVariable String id) {
        return products.reviews(id, Viewers.actor(caller)).stream().map(ProductViews.ReviewView::of).toList();
    }

    record ProductRequest(
            @NotNull @Positive Long categoryId,
            @NotBlank @Size(max = 60) String name,
            @NotBlank @Size(max = 200) String summary,
            @NotBlank @Size(max = 10_000) String description,
            @NotNull @EnumValue(DeliveryType.class) String deliveryType,
            @NotEmpty @Size(max = 10) @DistinctPlanNames List<@NotNull @Valid PricePlanRequest> pricePlans,
            @NotNull @Valid ContactRequest contact) {

        ProductContent content() {
            return new ProductContent(categoryId, name.strip(), summary.strip(), description.strip(),
                    DeliveryType.valueOf(deliveryType),
                    pricePlans.stream().map(p -> new PricePlan(p.name().strip(), BillingCycle.valueOf(p.billingCycle()),
                            p.amountFen())).toList(),
                    new Contact(contact.name().strip(), contact.phone().strip(), contact.email().strip()));
        }
    }

    record PricePlanRequest(@NotBlank @Size(max = 40) String name,
                            @NotNull @EnumValue(BillingCycle.class) String billingCycle,
                            @NotNull @PositiveOrZero @Max(MAX_PLAN_FEN) Long amountFen) {
    }

    record ContactRequest(@NotBlank @Size(max = 40) String name,
                          @NotBlank @Pattern(regexp = PHONE, message = "must be a mobile, landline or 400 number") String phone,
                          @NotBlank @Email @Size(max = 254) String email) {
    }

    /**
     * The filter of the public list. A query record rather than a constrained parameter: that keeps
     * a bad page size reported under its own name ({@code size}), not under the parameter's.
     */
    record ListedQuery(@Positive Long categoryId) {
    }

    record DelistRequest(@Size(max = 500) String reason) {
    }
}
