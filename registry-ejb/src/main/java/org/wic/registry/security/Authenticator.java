package org.wic.registry.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.TextInput;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks credentials. An unknown username, a wrong password and a disabled account all answer
 * "no", after the same work; so do a malformed, unknown, revoked or expired API key.
 */
@Stateless
public class Authenticator {

    /** lastUsedAt is written at most this often per key, not on every request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);
    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private VerifiedPasswords verified;

    @Inject
    private Clock clock;

    public Optional<Caller> account(String username, String password) {
        Optional<Account> account;
        try {
            account = accounts.find(Username.of(username));
        } catch (InvalidInputException notAUsername) {
            account = Optional.empty();
        }
        if (account.isEmpty()) {
            hasher.verifyDecoy(password);
            return refused(username, "no such account");
        }
        String storedHash = account.get().passwordHash();
        boolean matches = verified.contains(storedHash, password) || hasher.verify(password, storedHash);
        if (!matches) {
            return refused(username, "wrong password");
        }
        verified.remember(storedHash, password);
        return account.get().enabled() ? Optional.of(account.get().asCaller()) : refused(username, "account disabled");
    }

    /**
     * The caller, if this password matched this account's within the last minutes (the memo of
     * {@link VerifiedPasswords}) and the account is enabled: no guess, so no throttling and no
     * PBKDF2. HTTP Basic sends the password with every request; only the first is counted and checked.
     */
    public Optional<Caller> recentlyVerified(String username, String password) {
        try {
            return accounts.find(Username.of(username))
                    .filter(account -> account.enabled() && verified.contains(account.passwordHash(), password))
                    .map(Account::asCaller);
        } catch (InvalidInputException notAUsername) {
            return Optional.empty();
        }
    }

    /** The reason stays in the server log; the caller is told only that the login failed. */
    private static Optional<Caller> refused(String username, String reason) {
        LOG.log(Level.INFO, "Login refused for ''{0}'': {1}", new Object[] {TextInput.loggable(username), reason});
        return Optional.empty();
    }

    public Optional<Caller> apiKey(String presented) {
        Optional<ApiKeySecret.Presented> parsed = ApiKeySecret.parse(presented);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiKey> apiKey = entityManager.createNamedQuery(ApiKey.BY_PREFIX, ApiKey.class)
                .setParameter("prefix", parsed.get().prefix())
                .getResultStream().findFirst()
                .filter(key -> key.hasSecret(parsed.get().secret()))
                .filter(key -> key.isUsableAt(now));
        apiKey.ifPresent(key -> entityManager.createNamedQuery(ApiKey.TOUCH)
                .setParameter("id", key.id())
                .setParameter("now", now)
                .setParameter("staleBefore", now.minus(LAST_USED_RESOLUTION))
                .executeUpdate());
        return apiKey.map(ApiKey::asCaller);
    }
}
