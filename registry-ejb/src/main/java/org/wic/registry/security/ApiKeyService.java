package org.wic.registry.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.TextInput;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The secretariat issues, lists and revokes partner API keys. */
@Stateless
public class ApiKeyService {

    public static final String CURSOR_SCOPE = "api-keys";
    public static final int CURSOR_PARTS = 1;
    static final int MAX_NAME_LENGTH = 100;
    private static final String ENTITY = "api-key";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

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
        entityManager.persist(apiKey);
        audit.record(caller, "api-key.created", ENTITY, String.valueOf(apiKey.id()),
                Changes.created("name", keyName).set("prefix", apiKey.prefix()).set("expiresAt", expiresAt.orElse(null)));
        return new IssuedKey(apiKey, secret.key());
    }

    public Page<ApiKey> list(Caller caller, PageRequest page) {
        caller.require(Role.SECRETARIAT);
        List<ApiKey> keys = page.after()
                .map(cursor -> entityManager.createNamedQuery(ApiKey.PAGE_AFTER, ApiKey.class).setParameter("after", cursor.longPart(0)))
                .orElseGet(() -> entityManager.createNamedQuery(ApiKey.FIRST_PAGE, ApiKey.class))
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(keys, page, key -> Cursor.of(CURSOR_SCOPE, key.id()));
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

    private ApiKey find(long id) {
        return Optional.ofNullable(entityManager.find(ApiKey.class, id))
                .orElseThrow(() -> new UnknownEntityException("API key", String.valueOf(id)));
    }

    private static String validName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH || TextInput.nameProblem(stripped).isPresent()) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_NAME_LENGTH + " printable characters");
        }
        return stripped;
    }
}
