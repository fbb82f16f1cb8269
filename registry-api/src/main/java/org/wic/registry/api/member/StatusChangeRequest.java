package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.member.MemberStatus;

@Schema(name = "StatusChange")
public record StatusChangeRequest(
        @Schema(description = "ACTIVE, SUSPENDED, WITHDRAWN or TERMINATED; only the moves the current status allows", example = "SUSPENDED",
                required = true) String status,
        @Schema(description = "Why; 1 to 2000 characters", example = "Dues for 2026 unpaid after two reminders.", required = true) String reason) {

    /** @throws InvalidInputException (field {@code status}) unless it names a status */
    MemberStatus toStatus() {
        return MemberStatus.parse(status).orElseThrow(() -> new InvalidInputException("status", "must be one of ACTIVE, SUSPENDED, WITHDRAWN, TERMINATED"));
    }
}
