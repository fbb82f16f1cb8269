package org.wic.registry.dues;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works a dues run off in the background, on the server's managed executor: chunk after chunk, each
 * committed on its own and renewing this worker's lease, until no member is left; a chunk that
 * fails stops the run as FAILED, with everything before it kept. Every 30 seconds it takes up the
 * running runs whose worker stopped (a restart, a stopped instance of a cluster).
 */
@ApplicationScoped
public class DuesRunner {

    private static final Logger LOG = Logger.getLogger(DuesRunner.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private DuesRunService runs;

    /** Members invoiced per transaction (REGISTRY_DUES_RUN_CHUNK): a failure loses at most one chunk's work. */
    @Inject
    @ConfigProperty(name = "registry.dues-run-chunk", defaultValue = "1000")
    private int chunk;

    /** Call once the transaction that started (or resumed) the run has committed. */
    public void launch(long runId) {
        executor.submit(() -> work(runId));
    }

    void work(long runId) {
        try {
            for (List<Long> members = runs.pending(runId, 0, chunk); !members.isEmpty();
                 members = runs.pending(runId, members.get(members.size() - 1), chunk)) {
                runs.processChunk(runId, members);
            }
            runs.complete(runId);
        } catch (LeaseLostException e) {
            LOG.log(Level.INFO, "Dues run {0} is worked off by another worker now; this one stops.", runId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Dues run " + runId + " failed; resume it with POST /api/v1/dues-runs/" + runId + "/resume", e);
            // the officer reads this in the console and the API: what to do, not the server's exception (the log has it)
            runs.fail(runId, "A chunk failed; resume the run to go on where it stopped (the server's log has the cause).");
        }
    }
}
