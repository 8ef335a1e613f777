package cloud.marketplace.catalog.product;

import cloud.marketplace.catalog.category.CategoryCatalog;
import cloud.marketplace.catalog.category.CategoryValidation;
import cloud.marketplace.catalog.eligibility.ListingEligibility;
import cloud.marketplace.catalog.eligibility.ProviderEligibility;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.platform.events.Outbox;
import cloud.marketplace.platform.web.FieldError;
import cloud.marketplace.platform.web.Page;
import cloud.marketplace.platform.web.PageQuery;
import cloud.marketplace.platform.web.ProblemException;
import cloud.marketplace.platform.web.ProblemTypes;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products as their providers write, submit and delist them, and as anyone reads them. A
 * provider reaches only its own products: another provider's answers 404, as if it did not exist.
 */
@Service
public class Products {

    private final ProductRepository products;
    private final ListingEligibility eligibility;
    private final CategoryCatalog categories;
    private final Outbox outbox;
    private final Clock clock;

    Products(ProductRepository products, ListingEligibility eligibility, CategoryCatalog categories, Outbox outbox,
             Clock clock) {
        this.products = products;
        this.eligibility = eligibility;
        this.categories = categories;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new draft, in a level-1 category the provider was approved for. */
    @Transactional
    public Product create(String providerId, ProductContent content) {
        requireUsableCategory(content.categoryId(), eligibility.of(providerId));
        Product draft = Product.draft(UUID.randomUUID().toString(), providerId, content, clock.instant());
        products.insert(draft);
        return reload(draft.id());
    }

    @Transactional
    public Product edit(String providerId, String productId, ProductContent content) {
        Product product = own(providerId, productId);
        ProviderEligibility known = eligibility.of(providerId);
        List<IntegrationEvent> events = product.edit(content, known, clock.instant());
        requireUsableCategory(content.categoryId(), known);
        return save(product, events);
    }

    /** Submits the product for review, through the listing gate (422 naming every missing step). */
    @Transactional
    public Product submit(String providerId, String productId) {
        Product product = own(providerId, productId);
        ProviderEligibility known = eligibility.of(providerId);
        IntegrationEvent submitted = product.submit(known, clock.instant());
        requireEnabled(product.working().orElseThrow().content().categoryId());
        return save(product, List.of(submitted));
    }

    /** Takes a listed product off sale; an operator must say why, a provider may. */
    @Transactional
    public Product delist(String productId, Actor actor, String reason) {
        Product product = products.findById(productId)
                .filter(found -> actor.operator() || found.ownedBy(actor.subject()))
                .orElseThrow(() -> notFound(productId));
        if (actor.operator() && (reason == null || reason.isBlank())) {
            throw ProblemException.badRequest(ProblemTypes.VALIDATION, "1 field is invalid.")
                    .with("errors", List.of(new FieldError("reason", "is required when an operator delists a product")));
        }
        IntegrationEvent delisted = product.delist(actor.subject(), reason == null || reason.isBlank() ? null : reason,
                clock.instant());
        return save(product, List.of(delisted));
    }

    /**
     * The product if the viewer may see it: a listed product is public; its provider and
     * operators see it in any state. Otherwise 404, whether or not it exists.
     */
    @Transactional(readOnly = true)
    public Product readable(String productId, Actor viewer) {
        return products.findById(productId)
                .filter(product -> product.isListed() || mayManage(product, viewer))
                .orElseThrow(() -> notFound(productId));
    }

    /** Whether the viewer sees the product whole (its drafts, reviews and history), not only its listed face. */
    public static boolean mayManage(Product product, Actor viewer) {
        return viewer != null && (viewer.operator() || product.ownedBy(viewer.subject()));
    }

    @Transactional(readOnly = true)
    public List<Review> reviews(String productId, Actor viewer) {
        products.findById(productId).filter(product -> mayManage(product, viewer)).orElseThrow(() -> notFound(productId));
        return products.reviewsOf(productId);
    }

    @Transactional(readOnly = true)
    public Page<ProductLists.ListedProduct> listed(Long categoryId, PageQuery page) {
        return page.page(products.listed(categoryId, page), products.countListed(categoryId));
    }

    @Transactional(readOnly = true)
    public Page<ProductLists.OwnProduct> ownedBy(String providerId, PageQuery page) {
        return page.page(products.ownedBy(providerId, page), products.countOwnedBy(providerId));
    }

    @Transactional(readOnly = true)
    public ProductLists.ProviderProductCounts countsOf(String providerId) {
        return products.countsOf(providerId);
    }

    private Product own(String providerId, String productId) {
        return products.findById(productId).filter(product -> product.ownedBy(providerId))
                .orElseThrow(() -> notFound(productId));
    }

    private Product save(Product product, List<IntegrationEvent> events) {
        products.update(product);
        events.forEach(outbox::publish);
        return reload(product.id());
    }

    private Product reload(String productId) {
        return products.findById(productId).orElseThrow();
    }

    private void requireUsableCategory(long categoryId, ProviderEligibility known) {
        if (!known.approvedFor(categoryId)) {
            throw Product.categoryNotApproved(categoryId, known);
        }
        requireEnabled(categoryId);
    }

    /** Approved once, but since disabled (or removed from the level-1 list) by an administrator. */
    private void requireEnabled(long categoryId) {
        CategoryValidation validation = categories.validate(List.of(categoryId));
        if (!validation.valid()) {
            CategoryValidation.Reason reason = validation.invalid().getFirst().reason();
            throw ProblemException.unprocessable("category-unavailable",
                            "Category " + categoryId + " cannot take products: " + reason + ".")
                    .with("field", "categoryId").with("categoryId", categoryId).with("reason", reason);
        }
    }

    static ProblemException notFound(String productId) {
        return ProblemException.notFound("No product " + productId + ".");
    }
}
