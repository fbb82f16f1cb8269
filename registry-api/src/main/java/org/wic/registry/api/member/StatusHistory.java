package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.member.MemberStatusChange;

import java.time.Instant;
import java.util.List;

@Schema(name = "StatusHistory", description = "A member's status changes, oldest first")
public record StatusHistory(List<Entry> items) {

    @Schema(name = "StatusChangeEntry")
    public record Entry(@Schema(example = "ACTIVE") String from, @Schema(example = "SUSPENDED") String to,
                        @Schema(example = "Dues for 2026 unpaid after two reminders.") String reason,
                        @Schema(description = "Who: a username, or the registry itself", example = "m.okafor") String actor,
                        @Schema(example = "2026-11-23T10:15:30Z") Instant at) {

        static Entry of(MemberStatusChange change) {
            return new Entry(change.from().name(), change.to().name(), change.reason(), change.actor(), change.occurredAt());
        }
    }
}
