package org.wic.registry.security;

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
 * Counts failed logins per username in the database (every instance sees the same count) and
 * says when a username is throttled. Unknown usernames are counted like known ones.
 */
@Stateless
public class LoginThrottle {

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

    public ThrottlePolicy.State state(String username) {
        Instant now = clock.instant();
        List<Instant> recent = entityManager.createNamedQuery(LoginFailure.RECENT, Instant.class)
                .setParameter("username", key(username))
                .setParameter("since", now.minus(window))
                .setMaxResults(maxFailures)
                .getResultList();
        return policy.state(recent, now);
    }

    /** Committed on its own: the request that failed to log in rolls nothing back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String username) {
        entityManager.persist(new LoginFailure(key(username), clock.instant()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(String username) {
        entityManager.createNamedQuery(LoginFailure.CLEAR).setParameter("username", key(username)).executeUpdate();
    }

    /** Failures older than the window no longer count; every instance may run this, it only deletes. */
    @Schedule(hour = "*", minute = "*/15", persistent = false)
    public void forgetExpired() {
        entityManager.createNamedQuery(LoginFailure.FORGET_BEFORE).setParameter("before", clock.instant().minus(window)).executeUpdate();
    }

    private static String key(String username) {
        String typed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return typed.length() > 100 ? typed.substring(0, 100) : typed;
    }

    Duration window() {
        return window;
    }
}
