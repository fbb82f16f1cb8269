package org.wic.registry.application;

import org.junit.jupiter.api.Test;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.country.CountryCode;
import org.wic.registry.error.IllegalTransitionException;
import org.wic.registry.member.LegalName;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TierCode;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An application's steps: each goes through the state machine and lands in the history with who, when and why. */
class ApplicationTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Caller OFFICER = Caller.account("officer", Role.SECRETARIAT, Optional.empty());

    @Test
    void theReviewRecordsEachStep() {
        Application application = submitted();
        application.startReview(OFFICER, T0.plusSeconds(60));
        application.requestInformation(OFFICER, "Statutes, please.", T0.plusSeconds(120));
        application.provideInformation(Caller.applicant(7), "Attached.", T0.plusSeconds(180));

        assertThat(application.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(application.informationRequest()).contains("Statutes, please.");
        assertThat(application.informationResponse()).contains("Attached.");
        assertThat(application.history()).extracting(ApplicationTransition::action)
                .containsExactly("submit", "start-review", "request-information", "provide-information");
        ApplicationTransition asked = application.history().get(2);
        assertThat(asked.from()).contains(ApplicationStatus.UNDER_REVIEW);
        assertThat(asked.to()).isEqualTo(ApplicationStatus.INFORMATION_REQUESTED);
        assertThat(asked.actor()).isEqualTo("officer");
        assertThat(asked.occurredAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(asked.note()).contains("Statutes, please.");
    }

    @Test
    void aRejectionRecordsTheDecision() {
        Application application = submitted();
        application.startReview(OFFICER, T0);
        application.reject(OFFICER, "Outside the scope.", T0.plusSeconds(5));

        assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.decidedBy()).contains("officer");
        assertThat(application.decidedAt()).contains(T0.plusSeconds(5));
        assertThat(application.decisionNote()).contains("Outside the scope.");
    }

    @Test
    void aRefusedStepChangesNothing() {
        Application application = submitted();

        assertThatThrownBy(() -> application.reject(OFFICER, "No.", T0)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(application::requireApprovable).isInstanceOf(IllegalTransitionException.class);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.history()).hasSize(1);
        assertThat(application.decidedAt()).isEmpty();
    }

    @Test
    void theApplicantCanWithdrawUntilTheDecision() {
        Application application = submitted();
        application.withdraw(Caller.applicant(7), Optional.of("Changed our plans."), T0);

        assertThat(application.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThatThrownBy(() -> application.startReview(OFFICER, T0)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onlyTheIssuedTokenOpensTheApplication() {
        TrackingToken.Issued token = TrackingToken.issue();
        Application application = Application.submit(submission(), token.hash(), T0);

        assertThat(application.hasTrackingToken(token.token())).isTrue();
        assertThat(application.hasTrackingToken(TrackingToken.issue().token())).isFalse();
        assertThat(application.hasTrackingToken(null)).isFalse();
    }

    private static Application submitted() {
        Application application = Application.submit(submission(), TrackingToken.issue().hash(), T0);
        application.recordSubmission(Caller.applicant(7));
        return application;
    }

    private static Submission submission() {
        return new Submission(LegalName.of("Example Networks Ltd"), Category.ENTERPRISE, new CountryCode("KE", "AF"), Optional.empty(), Optional.empty(),
                TierCode.of("FULL"),
                new ContactPerson("Amina", "amina@networks.example", Optional.empty()), "We build networks.", org.wic.registry.notification.Language.EN);
    }
}
