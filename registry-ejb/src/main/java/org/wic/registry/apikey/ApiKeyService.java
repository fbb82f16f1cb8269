package org.wic.registry.apikey;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.text.TextInput;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The secretariat issues, lists and revokes partner API keys. */
@Stateless
public class ApiKeyService {

    public static final String CURSOR_SCOPE = ApiKeyRepository.CURSOR_SCOPE;
    public static final int CURSOR_PARTS = 1;
    static final int MAX_NAME_LENGTH = 100;
    private static final String ENTITY = "api-key";

    /** lastUsedAt is written at most this often per key, not on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    @Inject
    private ApiKeyRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A new key, and the key itself, which exists nowhere else: the caller shows it once. */
    public record IssuedKey(ApiKey apiKey, String key) {
    }

    public IssuedKey issue(Caller caller, String name, Optional<Instant> expiresAt) {
        caller.require(Role.SECRETARIAT);
        String keyName = validName(name);
        Instant now = clock.instant();
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw new InvalidInputException("expiresAt", "must be in the future");
        }
        ApiKeySecret.Issued secret = ApiKeySecret.issue();
        var apiKey = new ApiKey(keyName, secret, expiresAt, caller, now);
        repository.add(apiKey);
        audit.record(caller, "api-key.created", ENTITY, String.valueOf(apiKey.id()),
                Changes.created("name", keyName).set("prefix", apiKey.prefix()).set("expiresAt", expiresAt.orElse(null)));
        return new IssuedKey(apiKey, secret.key());
    }

    public Page<ApiKey> list(Caller caller, PageRequest page) {
        caller.require(Role.SECRETARIAT);
        return repository.page(page);
    }

    public ApiKey get(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        return find(id);
    }

    /** Revokes a key for good; revoking a revoked key changes nothing. */
    public ApiKey revoke(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        ApiKey apiKey = find(id);
        if (apiKey.revoke(caller, clock.instant())) {
            audit.record(caller, "api-key.revoked", ENTITY, String.valueOf(id),
                    Changes.none().field("revokedAt", null, apiKey.revokedAt().orElseThrow()));
        }
        return apiKey;
    }

    /**
     * The partner a presented key stands for, if it is a key of ours that is neither revoked nor
     * expired; a malformed, unknown, revoked or expired key all answer empty.
     */
    public Optional<Caller> authenticate(String presented) {
        Optional<ApiKeySecret.Presented> parsed = ApiKeySecret.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiKey> apiKey = repository.withPrefix(parsed.get().prefix())
                .filter(key -> key.hasSecret(parsed.get().secret()))
                .filter(key -> key.isUsableAt(now));
        apiKey.ifPresent(key -> repository.touch(key, now, LAST_USED_RESOLUTION));
        return apiKey.map(ApiKey::asCaller);
    }

    private ApiKey find(long id) {
        return repository.find(id).orElseThrow(() -> new UnknownEntityException("API key", String.valueOf(id)));
    }

    private static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH || TextInput.nameProblem(stripped).isPresent()) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME_LENGTH + " printable characters");
        }
        return stripped;
    }
}
