package org.wic.registry.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wic.registry.error.IllegalTransitionException;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.wic.registry.application.ApplicationAction.APPROVE;
import static org.wic.registry.application.ApplicationAction.PROVIDE_INFORMATION;
import static org.wic.registry.application.ApplicationAction.REJECT;
import static org.wic.registry.application.ApplicationAction.REQUEST_INFORMATION;
import static org.wic.registry.application.ApplicationAction.START_REVIEW;
import static org.wic.registry.application.ApplicationAction.WITHDRAW;
import static org.wic.registry.application.ApplicationStatus.APPROVED;
import static org.wic.registry.application.ApplicationStatus.INFORMATION_REQUESTED;
import static org.wic.registry.application.ApplicationStatus.REJECTED;
import static org.wic.registry.application.ApplicationStatus.SUBMITTED;
import static org.wic.registry.application.ApplicationStatus.UNDER_REVIEW;
import static org.wic.registry.application.ApplicationStatus.WITHDRAWN;

/** The application state machine of DESIGN.md, pair by pair: every state against every action. */
class ApplicationStatusTest {

    /** The allowed moves, written out independently of the implementation's table. */
    private static final Map<ApplicationStatus, Map<ApplicationAction, ApplicationStatus>> DESIGN = Map.of(
            SUBMITTED, Map.of(START_REVIEW, UNDER_REVIEW, WITHDRAW, WITHDRAWN),
            UNDER_REVIEW, Map.of(APPROVE, APPROVED, REJECT, REJECTED, REQUEST_INFORMATION, INFORMATION_REQUESTED, WITHDRAW, WITHDRAWN),
            INFORMATION_REQUESTED, Map.of(PROVIDE_INFORMATION, UNDER_REVIEW, WITHDRAW, WITHDRAWN),
            APPROVED, Map.of(),
            REJECTED, Map.of(),
            WITHDRAWN, Map.of());

    static Stream<Arguments> everyPair() {
        return EnumSet.allOf(ApplicationStatus.class).stream()
                .flatMap(status -> EnumSet.allOf(ApplicationAction.class).stream().map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void eachActionIsAllowedExactlyWhereTheDesignAllowsIt(ApplicationStatus from, ApplicationAction action) {
        ApplicationStatus expected = DESIGN.get(from).get(action);

        if (expected != null) {
            assertThat(from.after(action)).contains(expected);
            assertThat(from.require(action)).isEqualTo(expected);
        } else {
            assertThat(from.after(action)).isEmpty();
            var refused = catchThrowableOfType(IllegalTransitionException.class, () -> from.require(action));
            assertThat(refused.currentState()).isEqualTo(from.name());
            assertThat(refused.allowedActions()).containsExactlyInAnyOrderElementsOf(
                    DESIGN.get(from).keySet().stream().map(ApplicationAction::apiName).toList());
            assertThat(refused.getMessage()).contains(from.name(), action.apiName());
        }
    }

    @Test
    void decidedApplicationsAreClosedAndOthersOpen() {
        assertThat(ApplicationStatus.open()).containsExactlyInAnyOrder(SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED);
        assertThat(EnumSet.allOf(ApplicationStatus.class)).allSatisfy(status ->
                assertThat(status.isOpen()).isEqualTo(ApplicationStatus.open().contains(status)));
    }

    @Test
    void actionsHaveTheApisNames() {
        assertThat(REQUEST_INFORMATION.apiName()).isEqualTo("request-information");
        assertThat(START_REVIEW.apiName()).isEqualTo("start-review");
        assertThat(WITHDRAW.apiName()).isEqualTo("withdraw");
    }
}
