package org.wic.registry.api.feed;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.feed.ChangeEvent;

import java.time.Instant;
import java.util.List;

@Schema(name = "ChangePage", description = "Feed events after the cursor, oldest first; lastCursor is where to go on from next time")
public record ChangePage(List<Change> items, @Schema(description = "The last event's cursor, or the one asked with when none followed",
        example = "1042") String lastCursor) {

    @Schema(name = "Change")
    public record Change(@Schema(description = "Send it as after= to read what follows", example = "1042") String cursor,
                         @Schema(description = "MEMBER_CREATED, MEMBER_UPDATED, MEMBER_STATUS_CHANGED or MEMBER_TIER_CHANGED",
                                 example = "MEMBER_STATUS_CHANGED") String type,
                         @Schema(example = "WIC-000123") String memberNumber,
                         @Schema(example = "2026-11-23T10:15:30Z") Instant occurredAt,
                         @Schema(description = "The member's public fields after the change") JsonObject member) {

        static Change of(ChangeEvent event) {
            return new Change(String.valueOf(event.sequence()), event.type(), event.memberNumber().toString(), event.occurredAt(), event.member());
        }
    }
}
