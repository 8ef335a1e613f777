package cloud.marketplace.onboarding.application;

import static cloud.marketplace.onboarding.application.ApplicationFixture.COMPANY;
import static cloud.marketplace.onboarding.application.ApplicationFixture.LICENSE;
import static cloud.marketplace.onboarding.application.ApplicationFixture.NOW;
import static cloud.marketplace.onboarding.application.ApplicationFixture.TODAY;
import static cloud.marketplace.onboarding.application.ApplicationFixture.completeForm;
import static cloud.marketplace.onboarding.application.ApplicationFixture.context;
import static cloud.marketplace.onboarding.application.ApplicationFixture.draft;
import static cloud.marketplace.onboarding.application.ApplicationFixture.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cloud.marketplace.contracts.events.FieldReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void submittingACompleteDraftPublishesTheSubmissionOfRevisionOne() {
        Application application = draft(completeForm());

        var event = application.submit(COMPANY, context(TODAY), LATER);

        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.submittedAt()).isEqualTo(LATER);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.companyName()).isEqualTo(COMPANY.companyName());
        assertThat(event.creditCode()).isEqualTo(COMPANY.creditCode());
        assertThat(event.categoryIds()).containsExactly(101L, 102L);
        assertThat(event.providerId()).isEqualTo("p-1");
    }

    @Test
    void submittingWithUnmetConditionsChangesNothingAndListsThemAll() {
        Application application = draft(ApplicationFixture.withStaff(
                ApplicationFixture.withCapital(completeForm(), 49_999_999L), 5, 4));

        assertThatThrownBy(() -> application.submit(COMPANY, context(TODAY), LATER))
                .isInstanceOfSatisfying(EntryConditionsNotMet.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.violations()).extracting(Violation::code)
                            .containsExactly("REGISTERED_CAPITAL", "TEAM_SIZE");
                });
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.submittedAt()).isNull();
    }

    @Test
    void approvalPublishesTheCompanyAndTheApprovedCategories() {
        Application application = submitted();

        var event = application.approve("operator-7", LATER);

        assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(event.approvedBy()).isEqualTo("operator-7");
        assertThat(event.approvedCategoryIds()).containsExactly(101L, 102L);
        assertThat(event.businessLicenseNumber()).isEqualTo(COMPANY.creditCode());
        assertThat(application.decisions()).singleElement()
                .satisfies(d -> assertThat(d.verdict()).isEqualTo(Decision.Verdict.APPROVED));
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgain() {
        Application application = submitted();
        application.approve("operator-7", LATER);

        assertThatThrownBy(() -> application.reject("operator-8", List.of(new RejectionReason("x", "y")), LATER))
                .isInstanceOfSatisfying(ApplicationConflict.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.typeSlug()).isEqualTo("application-already-decided");
                });
        assertThatThrownBy(() -> application.approve("operator-8", LATER)).isInstanceOf(ApplicationConflict.class);
        assertThat(application.decisions()).hasSize(1);
    }

    @Test
    void aDraftCannotBeDecided() {
        assertThatThrownBy(() -> draft(completeForm()).approve("operator-7", LATER))
                .isInstanceOfSatisfying(ApplicationConflict.class,
                        e -> assertThat(e.typeSlug()).isEqualTo("application-not-submitted"));
    }

    @Test
    void rejectionKeepsTheReasonsAndEditingReopensTheNextRevision() {
        Application application = submitted();
        var rejected = application.reject("operator-7",
                List.of(new RejectionReason("businessLicense", "The stamp is not legible.")), LATER);

        assertThat(rejected.reasons()).containsExactly(new FieldReason("businessLicense", "The stamp is not legible."));
        assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThatThrownBy(() -> application.submit(COMPANY, context(TODAY), LATER))
                .isInstanceOfSatisfying(ApplicationConflict.class,
                        e -> assertThat(e.typeSlug()).isEqualTo("application-not-submittable"));

        application.attachLicense(LICENSE, COMPANY, LATER.plusSeconds(60));

        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.revision()).isEqualTo(2);
        var resubmitted = application.submit(COMPANY, context(TODAY), LATER.plusSeconds(120));
        assertThat(resubmitted.revision()).isEqualTo(2);
        assertThat(application.decisions()).singleElement().satisfies(d -> {
            assertThat(d.revision()).isEqualTo(1);
            assertThat(d.decidedBy()).isEqualTo("operator-7");
            assertThat(d.reasons()).extracting(RejectionReason::field).containsExactly("businessLicense");
        });
    }

    @Test
    void aSubmittedOrApprovedApplicationCannotBeEdited() {
        Application application = submitted();

        assertThatThrownBy(() -> application.fill(completeForm(), COMPANY, LATER))
                .isInstanceOfSatisfying(ApplicationConflict.class,
                        e -> assertThat(e.typeSlug()).isEqualTo("application-not-editable"));
        application.approve("operator-7", LATER);
        assertThatThrownBy(() -> application.attachLicense(LICENSE, COMPANY, LATER))
                .isInstanceOf(ApplicationConflict.class);
    }

    @Test
    void reacceptingTheSameVersionKeepsTheFirstAcceptanceTime() {
        Application application = draft(completeForm());
        var again = ApplicationFixture.withAgreements(completeForm(), completeForm().agreements().stream()
                .map(a -> new AcceptedAgreement(a.code(), a.version(), LATER)).toList());

        application.fill(again, COMPANY, LATER);

        assertThat(application.form().agreements()).extracting(AcceptedAgreement::acceptedAt).containsOnly(NOW);
    }

    @Test
    void theCompanyFollowsTheRealNameVerificationUntilSubmission() {
        Application application = Application.start("app-9", "p-9", null, NOW);
        assertThat(application.company()).isNull();

        application.fill(completeForm(), COMPANY, NOW);

        assertThat(application.company()).isEqualTo(COMPANY);
    }
}
