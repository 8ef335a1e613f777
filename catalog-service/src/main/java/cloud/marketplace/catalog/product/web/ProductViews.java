package cloud.marketplace.catalog.product.web;

import cloud.marketplace.catalog.product.BillingCycle;
import cloud.marketplace.catalog.product.ChecklistMark;
import cloud.marketplace.catalog.product.DeliveryType;
import cloud.marketplace.catalog.product.Product;
import cloud.marketplace.catalog.product.ProductContent;
import cloud.marketplace.catalog.product.ProductStatus;
import cloud.marketplace.catalog.product.Review;
import cloud.marketplace.catalog.product.ReviewDecision;
import cloud.marketplace.catalog.product.RevisionStage;
import cloud.marketplace.contracts.events.FieldReason;
import java.time.Instant;
import java.util.List;

/** The JSON answers about products. */
final class ProductViews {

    record PricePlanView(String name, BillingCycle billingCycle, long amountFen) {
    }

    record ContactView(String name, String phone, String email) {
    }

    record ContentView(long categoryId, String name, String summary, String description, DeliveryType deliveryType,
                       List<PricePlanView> pricePlans, ContactView contact) {
        static ContentView of(ProductContent c) {
            return new ContentView(c.categoryId(), c.name(), c.summary(), c.description(), c.deliveryType(),
                    c.pricePlans().stream().map(p -> new PricePlanView(p.name(), p.billingCycle(), p.amountFen())).toList(),
                    new ContactView(c.contact().name(), c.contact().phone(), c.contact().email()));
        }
    }

    /** The listed revision (or the last listed one, once delisted). */
    record ListedView(int revision, Instant listedAt, ContentView content) {
    }

    /** The working revision: a draft, or a submission under review or rejected (with its reasons). */
    record RevisionView(int number, RevisionStage stage, Instant submittedAt, List<FieldReason> rejection,
                        ContentView content) {
    }

    record DelistingView(Instant at, String by, String reason) {
    }

    /** The whole product, for its provider and for operators. */
    record ProductView(String id, String providerId, ProductStatus status, ListedView listed, RevisionView revision,
                       DelistingView delisted, Instant createdAt, Instant updatedAt, int version) {
        static ProductView of(Product p) {
            return new ProductView(p.id(), p.providerId(), p.status(),
                    p.listed().map(l -> new ListedView(l.number(), l.listedAt(), ContentView.of(l.content()))).orElse(null),
                    p.working().map(w -> new RevisionView(w.number(), w.stage(), w.submittedAt(), w.rejection(),
                            ContentView.of(w.content()))).orElse(null),
                    p.delisting().map(d -> new DelistingView(d.at(), d.by(), d.reason())).orElse(null),
                    p.createdAt(), p.updatedAt(), p.version());
        }
    }

    /** A listed product as buyers see it: the listed revision only. */
    record PublicProductView(String id, String providerId, ProductStatus status, long categoryId, String name,
                             String summary, String description, DeliveryType deliveryType,
                             List<PricePlanView> pricePlans, ContactView contact, Instant listedAt) {
        static PublicProductView of(Product p) {
            Product.ListedRevision listed = p.listed().orElseThrow();
            ContentView c = ContentView.of(listed.content());
            return new PublicProductView(p.id(), p.providerId(), p.status(), c.categoryId(), c.name(), c.summary(),
                    c.description(), c.deliveryType(), c.pricePlans(), c.contact(), listed.listedAt());
        }
    }

    record ReviewView(int revision, ReviewDecision decision, String reviewer, Instant decidedAt,
                      List<ChecklistMark> checklist, List<FieldReason> reasons) {
        static ReviewView of(Review r) {
            return new ReviewView(r.revision(), r.decision(), r.reviewer(), r.decidedAt(), r.checklist(), r.reasons());
        }
    }

    private ProductViews() {
    }
}
