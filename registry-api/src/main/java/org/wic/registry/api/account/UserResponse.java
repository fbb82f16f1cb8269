package org.wic.registry.api.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.account.Account;

import java.time.Instant;

@Schema(name = "User", description = "An account; never its password")
public record UserResponse(
        @Schema(example = "m.okafor") String username,
        @Schema(description = "SECRETARIAT or MEMBER", example = "SECRETARIAT") String role,
        @Schema(example = "true") boolean enabled,
        @Schema(description = "The member a MEMBER account represents") String memberNumber,
        @Schema(description = "The holder's email, if given", example = "m.okafor@wic.example") String email,
        @Schema(example = "2026-11-23T10:15:30Z") Instant createdAt,
        @Schema(example = "2026-11-23T10:15:30Z") Instant passwordChangedAt) {

    static UserResponse of(Account account) {
        return new UserResponse(account.username().value(), account.role().name(), account.enabled(),
                account.memberNumber().orElse(null), account.email().orElse(null), account.createdAt(), account.passwordChangedAt());
    }
}
