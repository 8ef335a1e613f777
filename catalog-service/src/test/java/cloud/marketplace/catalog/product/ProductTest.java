package cloud.marketplace.catalog.product;

import static cloud.marketplace.catalog.product.ProductFixture.APPROVED_CATEGORY;
import static cloud.marketplace.catalog.product.ProductFixture.OTHER_CATEGORY;
import static cloud.marketplace.catalog.product.ProductFixture.PROVIDER;
import static cloud.marketplace.catalog.product.ProductFixture.at;
import static cloud.marketplace.catalog.product.ProductFixture.content;
import static cloud.marketplace.catalog.product.ProductFixture.draft;
import static cloud.marketplace.catalog.product.ProductFixture.eligible;
import static cloud.marketplace.catalog.product.ProductFixture.eligibleExcept;
import static cloud.marketplace.catalog.product.ProductFixture.listed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.marketplace.catalog.eligibility.ListingPrerequisite;
import cloud.marketplace.contracts.events.FieldReason;
import cloud.marketplace.contracts.events.IntegrationEvent;
import cloud.marketplace.contracts.events.ProductDelisted;
import cloud.marketplace.contracts.events.ProductListed;
import cloud.marketplace.contracts.events.ProductRejected;
import cloud.marketplace.contracts.events.ProductSubmitted;
import cloud.marketplace.platform.web.ProblemException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProductTest {

    private static final List<FieldReason> REASONS = List.of(new FieldReason("description", "缺少部署说明"),
            new FieldReason("pricePlans[1].amountFen", "价格与说明不符"));

    private static void assertProblem(ThrowingCallable action, int status, String type) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.typeSlug()).isEqualTo(type);
        });
    }

    @Nested
    class ListingGate {

        @ParameterizedTest
        @EnumSource(ListingPrerequisite.class)
        void submissionIsRefusedNamingTheOneMissingStep(ListingPrerequisite missing) {
            Product product = draft();

            assertThatThrownBy(() -> product.submit(eligibleExcept(missing), at(1)))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(422);
                        assertThat(problem.typeSlug()).isEqualTo("listing-prerequisites-missing");
                        assertThat(problem.properties().get("missing")).isEqualTo(List.of(missing));
                    });
            assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        }

        @Test
        void submissionIsRefusedNamingEveryMissingStepAtOnce() {
            Product product = draft();

            assertThatThrownBy(() -> product.submit(eligibleExcept(ListingPrerequisite.values()), at(1)))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(problem.properties().get("missing"))
                            .isEqualTo(List.of(ListingPrerequisite.PROVIDER_APPROVED, ListingPrerequisite.MERCHANT_ACTIVE,
                                    ListingPrerequisite.DEPOSIT_PAID, ListingPrerequisite.STORE_PUBLISHED)));
        }

        @Test
        void submissionWithEveryStepDonePutsTheDraftUnderReview() {
            Product product = draft();

            ProductSubmitted submitted = product.submit(eligible(), at(1));

            assertThat(product.status()).isEqualTo(ProductStatus.UNDER_REVIEW);
            assertThat(product.working().orElseThrow().submittedAt()).isEqualTo(at(1));
            assertThat(submitted.productId()).isEqualTo("prod-1");
            assertThat(submitted.providerId()).isEqualTo(PROVIDER);
            assertThat(submitted.categoryId()).isEqualTo(APPROVED_CATEGORY);
            assertThat(submitted.name()).isEqualTo("云备份");
        }

        @Test
        void submissionInACategoryTheProviderIsNoLongerApprovedForIsRefusedNamingIt() {
            Product product = Product.draft("prod-2", PROVIDER, new ProductContent(OTHER_CATEGORY, "云备份", "s", "d",
                    DeliveryType.API, content("x").pricePlans(), content("x").contact()), at(0));

            assertThatThrownBy(() -> product.submit(eligible(), at(1)))
                    .isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status()).isEqualTo(422);
                        assertThat(problem.typeSlug()).isEqualTo("category-not-approved");
                        assertThat(problem.properties()).containsEntry("categoryId", OTHER_CATEGORY);
                    });
        }
    }

    @Nested
    class Drafts {

        @Test
        void draftIsEditedInPlaceAndPublishesNothing() {
            Product product = draft();

            List<IntegrationEvent> events = product.edit(content("云备份 Pro"), eligibleExcept(ListingPrerequisite.values()), at(1));

            assertThat(events).isEmpty();
            assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
            assertThat(product.working().orElseThrow().number()).isEqualTo(1);
            assertThat(product.working().orElseThrow().content().name()).isEqualTo("云备份 Pro");
            assertThat(product.updatedAt()).isEqualTo(at(1));
        }

        @Test
        void productUnderReviewCannotBeEditedNorSubmittedAgain() {
            Product product = draft();
            product.submit(eligible(), at(1));

            assertProblem(() -> product.edit(content("改"), eligible(), at(2)), 409, "product-state");
            assertProblem(() -> product.submit(eligible(), at(2)), 409, "product-state");
            assertThat(product.working().orElseThrow().content().name()).isEqualTo("云备份");
        }

        @Test
        void onlyASubmissionCanBeApprovedOrRejected() {
            Product product = draft();

            assertProblem(() -> product.approve(at(1)), 409, "product-state");
            assertProblem(() -> product.reject(REASONS, at(1)), 409, "product-state");
            assertProblem(() -> product.delist("operator-1", "违规", at(1)), 409, "product-state");
        }
    }

    @Nested
    class Review {

        @Test
        void approvalListsTheRevisionAndPublishesProductListed() {
            Product product = draft();
            product.submit(eligible(), at(1));

            ProductListed listed = product.approve(at(2));

            assertThat(product.status()).isEqualTo(ProductStatus.LISTED);
            assertThat(product.isListed()).isTrue();
            assertThat(product.working()).isEmpty();
            assertThat(product.listed().orElseThrow().number()).isEqualTo(1);
            assertThat(product.listed().orElseThrow().listedAt()).isEqualTo(at(2));
            assertThat(listed.categoryId()).isEqualTo(APPROVED_CATEGORY);
            assertThat(listed.listedAt()).isEqualTo(at(2));
        }

        @Test
        void rejectionKeepsTheReasonsAndTheProviderCanEditAgainAsANewRevision() {
            Product product = draft();
            product.submit(eligible(), at(1));

            ProductRejected rejected = product.reject(REASONS, at(2));

            assertThat(rejected.reasons()).isEqualTo(REASONS);
            assertThat(product.status()).isEqualTo(ProductStatus.REJECTED);
            assertThat(product.working().orElseThrow().rejection()).isEqualTo(REASONS);

            product.edit(content("云备份（修订）"), eligible(), at(3));

            assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
            assertThat(product.working().orElseThrow().number()).isEqualTo(2);
            assertThat(product.working().orElseThrow().rejection()).isEmpty();
        }

        @Test
        void rejectedRevisionCanBeSubmittedAgainUnchanged() {
            Product product = draft();
            product.submit(eligible(), at(1));
            product.reject(REASONS, at(2));

            product.submit(eligible(), at(3));

            assertThat(product.status()).isEqualTo(ProductStatus.UNDER_REVIEW);
            assertThat(product.working().orElseThrow().number()).isEqualTo(1);
            assertThat(product.working().orElseThrow().submittedAt()).isEqualTo(at(3));
        }
    }

    @Nested
    class ListedRevisions {

        @Test
        void editingAListedProductSubmitsARevisionWhileTheListedOneStaysOnSale() {
            Product product = listed();

            List<IntegrationEvent> events = product.edit(content("云备份 2.0"), eligible(), at(5));

            assertThat(events).singleElement().isInstanceOfSatisfying(ProductSubmitted.class,
                    submitted -> assertThat(submitted.name()).isEqualTo("云备份 2.0"));
            assertThat(product.status()).isEqualTo(ProductStatus.LISTED);
            assertThat(product.listed().orElseThrow().content().name()).isEqualTo("云备份");
            Product.WorkingRevision revision = product.working().orElseThrow();
            assertThat(revision.number()).isEqualTo(2);
            assertThat(revision.stage()).isEqualTo(RevisionStage.UNDER_REVIEW);
        }

        @Test
        void editingAListedProductPassesTheGateToo() {
            Product product = listed();

            assertProblem(() -> product.edit(content("云备份 2.0"), eligibleExcept(ListingPrerequisite.STORE_PUBLISHED), at(5)),
                    422, "listing-prerequisites-missing");
        }

        @Test
        void approvingTheRevisionReplacesTheListedContent() {
            Product product = listed();
            product.edit(content("云备份 2.0"), eligible(), at(5));

            product.approve(at(6));

            assertThat(product.listed().orElseThrow().number()).isEqualTo(2);
            assertThat(product.listed().orElseThrow().content().name()).isEqualTo("云备份 2.0");
            assertThat(product.working()).isEmpty();
        }

        @Test
        void rejectingTheRevisionLeavesTheListedContentOnSale() {
            Product product = listed();
            product.edit(content("云备份 2.0"), eligible(), at(5));

            product.reject(REASONS, at(6));

            assertThat(product.status()).isEqualTo(ProductStatus.LISTED);
            assertThat(product.listed().orElseThrow().content().name()).isEqualTo("云备份");
            assertThat(product.working().orElseThrow().stage()).isEqualTo(RevisionStage.REJECTED);
        }

        @Test
        void aListedProductWithNothingChangedHasNothingToSubmit() {
            assertProblem(() -> listed().submit(eligible(), at(5)), 409, "product-state");
        }
    }

    @Nested
    class Delisting {

        @Test
        void delistingTakesTheProductOffSaleAndSaysWhoAndWhy() {
            Product product = listed();

            ProductDelisted delisted = product.delist("operator-1", "资质过期", at(5));

            assertThat(product.status()).isEqualTo(ProductStatus.DELISTED);
            assertThat(product.isListed()).isFalse();
            assertThat(product.delisting().orElseThrow().by()).isEqualTo("operator-1");
            assertThat(delisted.reason()).isEqualTo("资质过期");
            assertThat(delisted.delistedBy()).isEqualTo("operator-1");
            assertProblem(() -> product.delist(PROVIDER, null, at(6)), 409, "product-state");
        }

        @Test
        void delistingWithdrawsARevisionUnderReviewToADraft() {
            Product product = listed();
            product.edit(content("云备份 2.0"), eligible(), at(5));

            product.delist(PROVIDER, null, at(6));

            assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
            assertThat(product.working().orElseThrow().stage()).isEqualTo(RevisionStage.DRAFT);
            assertProblem(() -> product.approve(at(7)), 409, "product-state");
        }

        @Test
        void delistedProductIsSubmittedAgainWithItsLastListedContent() {
            Product product = listed();
            product.delist(PROVIDER, null, at(5));

            ProductSubmitted submitted = product.submit(eligible(), at(6));
            product.approve(at(7));

            assertThat(submitted.name()).isEqualTo("云备份");
            assertThat(product.status()).isEqualTo(ProductStatus.LISTED);
            assertThat(product.listed().orElseThrow().number()).isEqualTo(2);
            assertThat(product.delisting()).isEmpty();
        }
    }
}
