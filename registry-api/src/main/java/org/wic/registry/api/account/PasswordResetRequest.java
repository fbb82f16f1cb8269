package org.wic.registry.api.account;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PasswordReset")
public record PasswordResetRequest(@NotNull @Schema(description = "12 to 128 characters, not the username") String newPassword) {
}
