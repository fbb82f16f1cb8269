package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.application.Application;
import org.wic.registry.application.ApplicationAction;
import org.wic.registry.caller.Role;
import org.wic.registry.member.MemberNumber;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An application as its viewer may see it: the applicant sees its own data and what it may do;
 * the secretariat also the possible duplicates and the history.
 */
@Schema(name = "Application")
public record ApplicationResponse(
        @Schema(example = "1050") long id,
        String legalName,
        String category,
        @Schema(example = "KE") String country,
        String website,
        String description,
        @Schema(example = "FULL") String requestedTier,
        ContactJson contact,
        String motivation,
        @Schema(description = "The language the registry writes to the applicant in", example = "en") String language,
        @Schema(description = "SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, APPROVED, REJECTED or WITHDRAWN", example = "SUBMITTED") String status,
        Instant submittedAt,
        @Schema(description = "Only in the answer to the submission: the applicant's secret for X-Tracking-Token") String trackingToken,
        @Schema(description = "What this viewer may do now", example = "[\"withdraw\"]") List<String> allowedActions,
        @Schema(description = "The secretariat's last request for information") String informationRequest,
        @Schema(description = "The applicant's answer to it") String informationResponse,
        @Schema(description = "Once decided: when, by whom, why, and the tier") Decision decision,
        @Schema(description = "Once approved") String memberNumber,
        @Schema(description = "Secretariat only: members and open applications with the same normalized name and country (the 20 closest)",
                type = SchemaType.ARRAY, implementation = PossibleDuplicateJson.class)
        List<PossibleDuplicateJson> possibleDuplicates,
        @Schema(description = "Secretariat only: every step, oldest first", type = SchemaType.ARRAY, implementation = StepJson.class) List<StepJson> history) {

    @Schema(name = "ApplicationDecision")
    public record Decision(Instant at, @Schema(description = "The officer's username for the secretariat; SECRETARIAT for the applicant",
            example = "SECRETARIAT") String by, String note, String tier) {
    }

    @Schema(name = "PossibleDuplicate")
    public record PossibleDuplicateJson(@Schema(example = "MEMBER") String kind, @Schema(example = "WIC-000012") String reference, String legalName) {
    }

    @Schema(name = "ApplicationStep")
    public record StepJson(@Schema(example = "request-information") String action, String from, String to, String actor, Instant at, String note) {
    }

    static ApplicationResponse forSecretariat(Application application) {
        return of(application, null, secretariatActions(application), true,
                application.possibleDuplicates().stream()
                        .map(d -> new PossibleDuplicateJson(d.kind().name(), d.reference(), d.legalName())).toList(),
                application.history().stream()
                        .map(s -> new StepJson(s.action(), s.from().map(Enum::name).orElse(null), s.to().name(), s.actor(), s.occurredAt(),
                                s.note().orElse(null))).toList());
    }

    static ApplicationResponse forApplicant(Application application) {
        return forApplicant(application, null);
    }

    static ApplicationResponse forApplicant(Application application, String trackingToken) {
        return of(application, trackingToken, applicantActions(application), false, null, null);
    }

    /** @param namesOfficers whether the viewer may see which officer decided (the secretariat), or only that the secretariat did (the applicant) */
    private static ApplicationResponse of(Application application, String trackingToken, List<String> actions, boolean namesOfficers,
                                          List<PossibleDuplicateJson> duplicates, List<StepJson> history) {
        Decision decision = application.decidedAt()
                .map(at -> new Decision(at, namesOfficers ? application.decidedBy().orElse(null) : Role.SECRETARIAT.name(),
                        application.decisionNote().orElse(null),
                        application.approvedTier().orElse(null)))
                .orElse(null);
        return new ApplicationResponse(application.id(), application.legalName(), application.category().name(), application.countryCode(),
                application.website().orElse(null), application.description().orElse(null), application.requestedTier(),
                ContactJson.of(application.contact()), application.motivation(), application.language().code(), application.status().name(), application.submittedAt(),
                trackingToken, actions, application.informationRequest().orElse(null), application.informationResponse().orElse(null),
                decision, application.memberNumber().map(MemberNumber::toString).orElse(null), duplicates, history);
    }

    private static List<String> applicantActions(Application application) {
        return actions(application, Set.of(ApplicationAction.PROVIDE_INFORMATION, ApplicationAction.WITHDRAW));
    }

    private static List<String> secretariatActions(Application application) {
        return actions(application, Set.of(ApplicationAction.START_REVIEW, ApplicationAction.REQUEST_INFORMATION,
                ApplicationAction.APPROVE, ApplicationAction.REJECT, ApplicationAction.WITHDRAW));
    }

    private static List<String> actions(Application application, Set<ApplicationAction> viewers) {
        return application.status().allowedActions().stream().filter(viewers::contains).sorted().map(ApplicationAction::apiName).toList();
    }
}
