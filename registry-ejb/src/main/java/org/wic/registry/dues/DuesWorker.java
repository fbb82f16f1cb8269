package org.wic.registry.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.UUID;

/**
 * This server's identity as a worker of dues runs, and how long its lease on a run lasts without
 * renewal (REGISTRY_DUES_RUN_LEASE, one minute). A chunk renews it; a server that stops renews
 * nothing, and another takes the run up once the lease has ended.
 */
@ApplicationScoped
public class DuesWorker {

    private final String id = "worker-" + UUID.randomUUID();

    @Inject
    @ConfigProperty(name = "registry.dues-run-lease", defaultValue = "PT60S")
    private Duration lease;

    public String id() {
        return id;
    }

    public Duration lease() {
        return lease;
    }
}
