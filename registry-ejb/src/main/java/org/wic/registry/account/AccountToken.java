package org.wic.registry.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.wic.registry.notification.NotificationKind;

import java.time.Instant;
import java.util.Optional;

/**
 * A one-time link's token, kept only as its SHA-256 (the token is 256 random bits, so a plain hash
 * cannot be guessed back): usable once, until it expires, for the account it was issued to.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH, query = "SELECT t FROM AccountToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = AccountToken.RETIRE_UNUSED, query = "UPDATE AccountToken t SET t.usedAt = :now WHERE t.username = :username AND t.usedAt IS NULL")
public class AccountToken {

    static final String BY_HASH = "AccountToken.byHash";
    static final String RETIRE_UNUSED = "AccountToken.retireUnused";

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, updatable = false, length = 20)
    private NotificationKind purpose;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    AccountToken(Username username, NotificationKind purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.username = username.value();
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Why this token cannot be used now, if it cannot. */
    Optional<String> refusal(Instant now) {
        if (usedAt != null) {
            return Optional.of("has been used already (or a newer link was sent): ask for a new one");
        }
        if (!now.isBefore(expiresAt)) {
            return Optional.of("has expired: ask for a new one");
        }
        return Optional.empty();
    }

    Username username() {
        return new Username(username);
    }

    NotificationKind purpose() {
        return purpose;
    }
}
