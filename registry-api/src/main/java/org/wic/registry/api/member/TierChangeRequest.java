package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.tier.TierCode;

@Schema(name = "TierChange")
public record TierChangeRequest(
        @Schema(description = "An active tier open to the member's category", example = "STRATEGIC", required = true) String tier,
        @Schema(description = "Why; 1 to 2000 characters", example = "Council decision of 12 November.", required = true) String reason) {

    /** @throws InvalidInputException (field {@code tier}) unless it is a tier's code */
    TierCode toTier() {
        return TierCode.parse(tier).orElseThrow(() -> new InvalidInputException("tier", "is not a tier: see GET /api/v1/tiers"));
    }
}
