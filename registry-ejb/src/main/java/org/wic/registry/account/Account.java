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
import jakarta.persistence.Version;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.InvalidInputException;

import java.time.Instant;
import java.util.Optional;

/**
 * A person's account: a secretariat officer or a member representative. Signs in with HTTP Basic;
 * the password is kept only as a PBKDF2 hash and never leaves this class.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = Account.FIRST_PAGE, query = "SELECT a FROM Account a ORDER BY a.username")
@NamedQuery(name = Account.PAGE_AFTER, query = "SELECT a FROM Account a WHERE a.username > :after ORDER BY a.username")
@NamedQuery(name = Account.COUNT_ENABLED_BY_ROLE, query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role AND a.enabled = TRUE")
@NamedQuery(name = Account.REPRESENTATIVES, query = "SELECT a FROM Account a WHERE a.memberNumber = :member ORDER BY a.username")
@NamedQuery(name = Account.COUNT_BY_ROLE, query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role")
public class Account {

    static final String BY_USERNAME = "Account.byUsername";
    static final String FIRST_PAGE = "Account.firstPage";
    static final String PAGE_AFTER = "Account.pageAfter";
    static final String COUNT_ENABLED_BY_ROLE = "Account.countEnabledByRole";
    static final String COUNT_BY_ROLE = "Account.countByRole";
    static final String REPRESENTATIVES = "Account.representatives";

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false, length = 20)
    private Role role;

    @Column(name = "member_number", length = 10)
    private String memberNumber;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "password_hash")
    private String passwordHash;

    /** The holder's email, if given: what a personal data request finds the account by. */
    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
        // for JPA
    }

    private Account(Username username, Role role, Optional<String> memberNumber, String passwordHash, Instant now) {
        this.username = username.value();
        this.role = role;
        this.memberNumber = memberNumber.orElse(null);
        this.enabled = true;
        this.passwordHash = passwordHash;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /**
     * A new, enabled account. Partners use API keys, never accounts; a member's representative
     * represents exactly one member, a secretariat officer none.
     */
    public static Account open(Username username, Role role, Optional<String> memberNumber, String passwordHash, Instant now) {
        if (role == Role.PARTNER) {
            throw new InvalidInputException("role", "must be SECRETARIAT or MEMBER; partners use API keys");
        }
        if (role == Role.MEMBER && memberNumber.isEmpty()) {
            throw new InvalidInputException("memberNumber", "is required for a MEMBER account: the number of the member it represents");
        }
        if (role == Role.SECRETARIAT && memberNumber.isPresent()) {
            throw new InvalidInputException("memberNumber", "is only for MEMBER accounts");
        }
        return new Account(username, role, memberNumber, passwordHash, now);
    }

    /** A representative invited by e-mail: no password until they choose one with the invitation's link. */
    static Account invite(Username username, String memberNumber, String email, Instant now) {
        var account = new Account(username, Role.MEMBER, Optional.of(memberNumber), null, now);
        account.email = email;
        return account;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    void email(Optional<String> address) {
        email = address.orElse(null);
    }

    /** @return whether anything changed */
    public boolean disable() {
        boolean changed = enabled;
        enabled = false;
        return changed;
    }

    /** @return whether anything changed */
    public boolean enable() {
        boolean changed = !enabled;
        enabled = true;
        return changed;
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    public Caller asCaller() {
        return Caller.account(username, role, memberNumber());
    }

    public Username username() {
        return new Username(username);
    }

    public Role role() {
        return role;
    }

    public Optional<String> memberNumber() {
        return Optional.ofNullable(memberNumber);
    }

    public boolean enabled() {
        return enabled;
    }

    /** Empty for an invited representative who has not chosen a password yet. */
    Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }
}
