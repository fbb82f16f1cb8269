package org.wic.registry.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Login throttling: after {@code maxFailures} failed logins for one username within {@code window},
 * every further attempt is refused until the window has passed since the oldest of those failures.
 */
public record ThrottlePolicy(int maxFailures, Duration window) {

    /** How a username stands: its failures within the window and, when throttled, how long until it is not. */
    public record State(int recentFailures, Duration retryAfter) {

        public boolean throttled() {
            return !retryAfter.isZero();
        }
    }

    /** @param failures failure times of one username, newest first (older ones may be left out) */
    public State state(List<Instant> failures, Instant now) {
        Instant windowStart = now.minus(window);
        List<Instant> recent = failures.stream().filter(failure -> failure.isAfter(windowStart)).toList();
        if (recent.size() < maxFailures) {
            return new State(recent.size(), Duration.ZERO);
        }
        Instant oldestCounted = recent.get(maxFailures - 1);
        return new State(recent.size(), Duration.between(now, oldestCounted.plus(window)));
    }
}
