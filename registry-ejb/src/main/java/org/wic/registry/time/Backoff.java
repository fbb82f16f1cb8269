package org.wic.registry.time;

import java.time.Duration;

/**
 * Exponential backoff: after attempt n (1, 2, …) the next waits {@code base × 2^(n-1)}, capped at a
 * day; after {@code maxAttempts} attempts a delivery fails for good.
 */
public record Backoff(Duration base, int maxAttempts) {

    private static final Duration CAP = Duration.ofDays(1);

    public Backoff {
        if (base.isNegative() || base.isZero() || maxAttempts < 1) {
            throw new IllegalArgumentException("the backoff needs a positive base and at least one attempt");
        }
    }

    public Duration delayAfter(int attempts) {
        Duration delay = base.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 30));
        return delay.compareTo(CAP) > 0 ? CAP : delay;
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
