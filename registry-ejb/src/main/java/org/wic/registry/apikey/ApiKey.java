package org.wic.registry.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wic.registry.caller.Caller;

import java.time.Instant;
import java.util.Optional;

/**
 * A partner system's API key. Only its prefix and a salted hash of its secret are kept; a revoked
 * key stays on record with the time and the revoker.
 */
@Entity
@Table(name = "api_key")
@NamedQuery(name = ApiKey.BY_PREFIX, query = "SELECT k FROM ApiKey k WHERE k.prefix = :prefix")
@NamedQuery(name = ApiKey.FIRST_PAGE, query = "SELECT k FROM ApiKey k ORDER BY k.id")
@NamedQuery(name = ApiKey.PAGE_AFTER, query = "SELECT k FROM ApiKey k WHERE k.id > :after ORDER BY k.id")
@NamedQuery(name = ApiKey.TOUCH, query = "UPDATE ApiKey k SET k.lastUsedAt = :now"
        + " WHERE k.id = :id AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :staleBefore)")
public class ApiKey {

    static final String BY_PREFIX = "ApiKey.byPrefix";
    static final String FIRST_PAGE = "ApiKey.firstPage";
    static final String PAGE_AFTER = "ApiKey.pageAfter";
    static final String TOUCH = "ApiKey.touch";

    @Id
    @SequenceGenerator(name = "api_key_seq", sequenceName = "api_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_key_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "prefix", nullable = false, updatable = false, length = 20)
    private String prefix;

    @Column(name = "secret_hash", nullable = false, updatable = false, length = 100)
    private String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 120)
    private String createdBy;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 120)
    private String revokedBy;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiKey() {
        // for JPA
    }

    ApiKey(String name, ApiKeySecret.Issued secret, Optional<Instant> expiresAt, Caller issuer, Instant now) {
        this.name = name;
        this.prefix = secret.prefix();
        this.secretHash = secret.secretHash();
        this.expiresAt = expiresAt.orElse(null);
        this.createdBy = issuer.id();
        this.createdAt = now;
    }

    /** @return whether anything changed (revoking twice keeps the first revocation) */
    public boolean revoke(Caller by, Instant now) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = now;
        revokedBy = by.id();
        return true;
    }

    /** Whether the key opens the API now: not revoked, not expired. */
    public boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    boolean hasSecret(String presentedSecret) {
        return ApiKeySecret.matches(presentedSecret, secretHash);
    }

    public Caller asCaller() {
        return Caller.apiKey(prefix, name);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<String> revokedBy() {
        return Optional.ofNullable(revokedBy);
    }

    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }
}
