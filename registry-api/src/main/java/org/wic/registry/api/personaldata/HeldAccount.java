package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.account.Account;

import java.time.Instant;

@Schema(name = "PersonalDataAccount", description = "An account whose holder has the email")
public record HeldAccount(String username, String role, String memberNumber, boolean enabled, String email, Instant createdAt) {

    static HeldAccount of(Account account) {
        return new HeldAccount(account.username().value(), account.role().name(), account.memberNumber().orElse(null), account.enabled(),
                account.email().orElse(null), account.createdAt());
    }
}
