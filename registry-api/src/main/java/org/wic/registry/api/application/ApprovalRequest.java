package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.error.InvalidInputException;

import java.util.Optional;

@Schema(name = "Approval")
public record ApprovalRequest(@Schema(description = "The tier the member joins in", example = "FULL") String tier,
                @Schema(description = "Optional") String note) {

    /** @throws InvalidInputException (field {@code tier}) when it is missing */
    String requiredTier() {
        if (tier == null || tier.isBlank()) {
            throw new InvalidInputException("tier", "is required: the tier the member joins in");
        }
        return tier;
    }
}
