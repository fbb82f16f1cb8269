package org.wic.registry.api.account;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResetLinkRequest")
public record ResetLinkRequest(@NotNull @Schema(description = "The account holder's e-mail address", example = "m.okafor@lagos-digital.example") String email) {
}
