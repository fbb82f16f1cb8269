package org.wic.registry.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Counts failed logins per username and client address in the database (every instance sees the
 * same count) and says when that pair is throttled. Unknown usernames are counted like known ones.
 * <p>
 * An attempt is counted as a failure <em>before</em> its password is checked, in a transaction of
 * its own, and only then are the earlier attempts counted: of any number of parallel attempts, at
 * most {@code maxFailures} find fewer than that many before them, so no more than that many
 * passwords are ever tried within the window. A password that matches takes the count away again.
 * <p>
 * The pair, not the username alone, is what gets throttled: wrong passwords sent from one address
 * cannot lock the username's holder out from every other address.
 */
@Stateless
public class LoginThrottle {

    /** No failure's id: for counting every failure of a pair. */
    private static final long NO_ATTEMPT = -1;

    /** An attempt under way: its counted failure, and whether its password may be checked. */
    public record Attempt(long id, String username, String clientAddress, ThrottlePolicy.State state) {
    }

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.login.max-failures", defaultValue = "5")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "registry.login.throttle-window", defaultValue = "PT15M")
    private Duration window;

    private ThrottlePolicy policy;

    @PostConstruct
    void configure() {
        policy = new ThrottlePolicy(maxFailures, window);
    }

    /** Counts the attempt as a failure, committed on its own, so that parallel attempts see it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long count(String username, String clientAddress) {
        var failure = new LoginFailure(key(username), address(clientAddress), clock.instant());
        entityManager.persist(failure);
        entityManager.flush();
        return failure.id();
    }

    /** How the pair stands, by the attempts counted before this one. */
    public Attempt state(long attempt, String username, String clientAddress) {
        Instant now = clock.instant();
        return new Attempt(attempt, username, clientAddress, policy.state(recent(username, clientAddress, attempt, maxFailures), now));
    }

    /** How the pair stands with every failure counted so far (the one just counted included). */
    public ThrottlePolicy.State standing(String username, String clientAddress) {
        return policy.state(recent(username, clientAddress, NO_ATTEMPT, maxFailures), clock.instant());
    }

    /** A throttled attempt was not tried: it does not count. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void forget(Attempt attempt) {
        entityManager.createNamedQuery(LoginFailure.FORGET).setParameter("id", attempt.id()).executeUpdate();
    }

    /** The password matched: the pair's failures are forgotten. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void succeeded(Attempt attempt) {
        clear(attempt.username(), attempt.clientAddress());
    }

    /** A password the registry knew to be right was used again: earlier failures of the pair are forgotten, if there are any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String username, String clientAddress) {
        if (!recent(username, clientAddress, NO_ATTEMPT, 1).isEmpty()) {
            clear(username, clientAddress);
        }
    }

    /** Every address's failures for this username (the break-glass reset of admin). */
    public void clearEverywhere(String username) {
        entityManager.createNamedQuery(LoginFailure.CLEAR_EVERYWHERE).setParameter("username", key(username)).executeUpdate();
    }

    /** Failures older than the window no longer count; every instance may run this, it only deletes. */
    @Schedule(hour = "*", minute = "*/15", persistent = false)
    public void forgetExpired() {
        entityManager.createNamedQuery(LoginFailure.FORGET_BEFORE).setParameter("before", clock.instant().minus(window)).executeUpdate();
    }

    /** The pair's failures within the window, newest first, at most {@code limit}, leaving out the attempt under way. */
    private List<Instant> recent(String username, String clientAddress, long attempt, int limit) {
        return entityManager.createNamedQuery(LoginFailure.RECENT, Instant.class)
                .setParameter("username", key(username))
                .setParameter("address", address(clientAddress))
                .setParameter("since", clock.instant().minus(window))
                .setParameter("attempt", attempt)
                .setMaxResults(limit)
                .getResultList();
    }

    private void clear(String username, String clientAddress) {
        entityManager.createNamedQuery(LoginFailure.CLEAR).setParameter("username", key(username))
                .setParameter("address", address(clientAddress)).executeUpdate();
    }

    private static String key(String username) {
        String typed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return typed.length() > 100 ? typed.substring(0, 100) : typed;
    }

    private static String address(String clientAddress) {
        String address = clientAddress == null ? "" : clientAddress;
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
