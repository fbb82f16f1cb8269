package org.wic.registry.job;

import java.time.Duration;

/** The jobs one instance at a time runs, each with how long its lease lasts without renewal. */
public enum Job {

    /** Renewed every pass (2 s): another instance takes the outbox over 15 s after this one stopped. */
    NOTIFICATION_DISPATCHER("notification-dispatcher", Duration.ofSeconds(15)),
    /** Renewed every pass (1 s). */
    WEBHOOK_DISPATCHER("webhook-dispatcher", Duration.ofSeconds(15)),
    /** Held while the daily check runs; the check is idempotent, so one outliving its lease does no harm. */
    ARREARS_CHECK("arrears-check", Duration.ofMinutes(5)),
    /** The first start's account and demo data: one instance writes them, the others wait and find them. */
    FIRST_START("first-start", Duration.ofMinutes(2));

    private final String key;
    private final Duration lease;

    Job(String key, Duration lease) {
        this.key = key;
        this.lease = lease;
    }

    /** Its row in {@code job_lease}. */
    public String key() {
        return key;
    }

    public Duration lease() {
        return lease;
    }
}
