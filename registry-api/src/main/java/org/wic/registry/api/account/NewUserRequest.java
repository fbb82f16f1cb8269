package org.wic.registry.api.account;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewUser")
public record NewUserRequest(
        @NotNull @Schema(description = "3 to 50 of a-z, 0-9, '.', '-', '_'; case does not matter", example = "m.okafor") String username,
        @NotNull @Schema(description = "SECRETARIAT or MEMBER", example = "SECRETARIAT") String role,
        @NotNull @Schema(description = "12 to 128 characters, not the username") String password,
        @Schema(description = "For role MEMBER (required there): the member the account represents", example = "WIC-000123") String memberNumber,
        @Schema(description = "Optional: the holder's email, so that a personal data request finds the account", example = "m.okafor@wic.example")
        String email) {
}
