package org.wic.registry.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * The first start's writes (the secretariat's account, the demo data), one instance at a time:
 * instances starting together on an empty database wait for each other here, so the one that
 * comes second finds what the first wrote instead of writing it again.
 */
@ApplicationScoped
public class FirstStart {

    private static final Duration WAIT_BETWEEN_TRIES = Duration.ofMillis(500);

    @Inject
    private JobLeases leases;

    /** Runs the work holding the first start's lease, waiting while another instance holds it. */
    public void exclusively(Runnable work) {
        // a holder that died leaves its lease to end (two minutes), and then this one takes it
        while (!leases.take(Job.FIRST_START)) {
            try {
                Thread.sleep(WAIT_BETWEEN_TRIES.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while another instance made its first start", e);
            }
        }
        try {
            work.run();
        } finally {
            leases.release(Job.FIRST_START);
        }
    }
}
