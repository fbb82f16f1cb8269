package org.wic.registry.it.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.wic.registry.member.MemberAdmitted;

/**
 * Deployed only with the in-container approval tests: takes part in the approval's transaction,
 * as the first dues invoice will, and fails it for applicants whose name asks for that.
 */
@ApplicationScoped
public class FailingAdmissionObserver {

    static final String FAIL_MARKER = "FAIL-ON-ADMISSION";

    void onAdmission(@Observes MemberAdmitted admitted) {
        if (admitted.member().legalName().startsWith(FAIL_MARKER)) {
            throw new IllegalStateException("a participant of the approval failed");
        }
    }
}
