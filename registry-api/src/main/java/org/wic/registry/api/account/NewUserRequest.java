package org.wic.registry.api.account;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.caller.Role;
import org.wic.registry.error.InvalidInputException;

import java.util.Locale;

@Schema(name = "NewUser")
public record NewUserRequest(
        @NotNull @Schema(description = "3 to 50 of a-z, 0-9, '.', '-', '_', or an e-mail address of up to 100 characters; case does not matter",
                example = "m.okafor") String username,
        @NotNull @Schema(description = "SECRETARIAT or MEMBER", example = "SECRETARIAT") String role,
        @NotNull @Schema(description = "12 to 128 characters, not the username") String password,
        @Schema(description = "For role MEMBER (required there): the member the account represents", example = "WIC-000123") String memberNumber,
        @Schema(description = "Optional: the holder's email, so that a personal data request finds the account", example = "m.okafor@wic.example")
        String email) {

    /** @throws InvalidInputException (field {@code role}) unless it names a role an account can have */
    Role toRole() {
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "must be SECRETARIAT or MEMBER");
        }
    }
}
