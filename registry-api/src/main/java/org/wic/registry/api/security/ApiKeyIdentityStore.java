package org.wic.registry.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.wic.registry.apikey.ApiKeyService;
import org.wic.registry.caller.RegistryPrincipal;
import org.wic.registry.caller.Role;

import java.util.Set;

/** Partner systems: an API key checked against the registry's salted hashes. */
@ApplicationScoped
public class ApiKeyIdentityStore implements IdentityStore {

    @Inject
    private ApiKeyService apiKeys;

    /** Dispatched here, not found reflectively by the interface's default: that lookup breaks after a redeployment. */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof ApiKeyCredential key ? validate(key) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(ApiKeyCredential credential) {
        return apiKeys.authenticate(credential.key())
                .map(caller -> new CredentialValidationResult(new RegistryPrincipal(caller), Set.of(Role.PARTNER.name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
