package org.wic.registry.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.wic.registry.security.Authenticator;
import org.wic.registry.security.Caller;

import java.util.Set;

/** Accounts: a username and password checked against the registry's PBKDF2 hashes. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Authenticator authenticator;

    /** Dispatched here, not found reflectively by the interface's default: that lookup breaks after a redeployment. */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof UsernamePasswordCredential password ? validate(password) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return authenticator.account(credential.getCaller(), credential.getPasswordAsString())
                .map(AccountIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** A signed-in account as Jakarta Security carries it: the principal and its role as group. */
    static CredentialValidationResult valid(Caller caller) {
        return new CredentialValidationResult(new RegistryPrincipal(caller), Set.of(caller.role().orElseThrow().name()));
    }
}
