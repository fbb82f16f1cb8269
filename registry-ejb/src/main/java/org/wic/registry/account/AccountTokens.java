package org.wic.registry.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.notification.AccountLinks;
import org.wic.registry.notification.NotificationKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time links for invitations (valid REGISTRY_INVITATION_VALIDITY, 7 days) and password resets
 * (REGISTRY_RESET_VALIDITY, 24 hours). Issued when their message is sent; a new one retires the
 * account's earlier unused links, and using one retires them all.
 */
@ApplicationScoped
public class AccountTokens implements AccountLinks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.invitation-validity", defaultValue = "P7D")
    private Duration invitationValidity;

    @Inject
    @ConfigProperty(name = "registry.reset-validity", defaultValue = "PT24H")
    private Duration resetValidity;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(String username, NotificationKind purpose) {
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(purpose == NotificationKind.INVITATION ? invitationValidity : resetValidity);
        retireUnused(new Username(username), now);
        entityManager.persist(new AccountToken(new Username(username), purpose, hash(token), now, expiresAt));
        return new Issued(token, expiresAt);
    }

    /** The token's record, locked, if the token is one the registry issued. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<AccountToken> find(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery(AccountToken.BY_HASH, AccountToken.class).setParameter("hash", hash(token.strip()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void retireUnused(Username username, Instant now) {
        entityManager.createNamedQuery(AccountToken.RETIRE_UNUSED).setParameter("username", username.value()).setParameter("now", now).executeUpdate();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
