package org.wic.registry.application;

import org.wic.registry.error.IllegalTransitionException;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.wic.registry.application.ApplicationAction.APPROVE;
import static org.wic.registry.application.ApplicationAction.PROVIDE_INFORMATION;
import static org.wic.registry.application.ApplicationAction.REJECT;
import static org.wic.registry.application.ApplicationAction.REQUEST_INFORMATION;
import static org.wic.registry.application.ApplicationAction.START_REVIEW;
import static org.wic.registry.application.ApplicationAction.WITHDRAW;

/**
 * Where an application stands, and the whole state machine in one table: from each state, the
 * actions allowed and the state each leads to. Anything else is refused.
 */
public enum ApplicationStatus {
    SUBMITTED,
    UNDER_REVIEW,
    INFORMATION_REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    private static final Map<ApplicationStatus, Map<ApplicationAction, ApplicationStatus>> TRANSITIONS = new EnumMap<>(Map.of(
            SUBMITTED, Map.of(START_REVIEW, UNDER_REVIEW, WITHDRAW, WITHDRAWN),
            UNDER_REVIEW, Map.of(REQUEST_INFORMATION, INFORMATION_REQUESTED, APPROVE, APPROVED, REJECT, REJECTED, WITHDRAW, WITHDRAWN),
            INFORMATION_REQUESTED, Map.of(PROVIDE_INFORMATION, UNDER_REVIEW, WITHDRAW, WITHDRAWN),
            APPROVED, Map.of(),
            REJECTED, Map.of(),
            WITHDRAWN, Map.of()));

    /** The state this action leads to from here, or empty when it is not allowed. */
    public Optional<ApplicationStatus> after(ApplicationAction action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    /** @throws IllegalTransitionException naming this state and the allowed actions */
    public ApplicationStatus require(ApplicationAction action) {
        return after(action).orElseThrow(() -> new IllegalTransitionException("application", name(), action.apiName(),
                allowedActions().stream().sorted().map(ApplicationAction::apiName).toList()));
    }

    public Set<ApplicationAction> allowedActions() {
        return TRANSITIONS.get(this).keySet();
    }

    /** Still being decided: what counts when looking for duplicates. */
    public boolean isOpen() {
        return !allowedActions().isEmpty();
    }

    public static Set<ApplicationStatus> open() {
        return Set.of(SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED);
    }
}
