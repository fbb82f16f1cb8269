package org.wic.registry.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.job.ServerInstance;

import java.time.Duration;

/**
 * This server's identity as a worker of dues runs, and how long its lease on a run lasts without
 * renewal (REGISTRY_DUES_RUN_LEASE, 30 seconds). A chunk renews it; a server that stops renews
 * nothing, and another takes the run up once the lease has ended.
 */
@ApplicationScoped
public class DuesWorker {

    @Inject
    private ServerInstance instance;

    @Inject
    @ConfigProperty(name = "registry.dues-run-lease", defaultValue = "PT30S")
    private Duration lease;

    /** The instance and its start ({@code registry-1/4dec39c2}): the operator sees where a run is worked. */
    public String id() {
        return instance.id();
    }

    public Duration lease() {
        return lease;
    }
}
