package org.wic.registry.dues;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.UUID;

/**
 * This server's identity as a worker of dues runs, and how long its lease on a run lasts without
 * renewal. A chunk renews it; a server that stops renews nothing, and another takes the run up.
 */
@ApplicationScoped
public class DuesWorker {

    static final Duration LEASE = Duration.ofSeconds(60);

    private final String id = "worker-" + UUID.randomUUID();

    public String id() {
        return id;
    }
}
