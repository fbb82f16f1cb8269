package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Erasure")
public record ErasureRequest(@Schema(description = "The person's email", example = "amina@networks.example", required = true) String email,
                             @Schema(description = "Why, for the audit trail: 1 to 2000 characters", example = "Erasure request of 2026-11-20",
                                     required = true) String reason) {
}
