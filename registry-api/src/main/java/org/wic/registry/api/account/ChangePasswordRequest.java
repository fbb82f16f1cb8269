package org.wic.registry.api.account;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePassword")
public record ChangePasswordRequest(
        @NotNull @Schema(description = "The password you signed in with") String currentPassword,
        @NotNull @Schema(description = "12 to 128 characters, not the username") String newPassword) {
}
