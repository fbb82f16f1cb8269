package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TierChange")
public record TierChangeRequest(
        @Schema(description = "An active tier open to the member's category", example = "STRATEGIC", required = true) String tier,
        @Schema(description = "Why; 1 to 2000 characters", example = "Council decision of 12 November.", required = true) String reason) {
}
