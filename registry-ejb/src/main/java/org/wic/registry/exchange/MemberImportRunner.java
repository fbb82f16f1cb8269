package org.wic.registry.exchange;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.wic.registry.error.Failures;
import org.wic.registry.error.FieldError;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works members imports off in the background, on the server's managed executor: one transaction
 * checks and writes the whole file; an import with problems, or one whose transaction failed,
 * ends FAILED with nothing written. Every 30 seconds {@link MemberImportRecovery} takes up the
 * running imports whose worker stopped.
 */
@ApplicationScoped
public class MemberImportRunner {

    /** This server as a worker of imports: the name its leases carry. */
    static final String WORKER = "import-worker-" + UUID.randomUUID();
    private static final Logger LOG = Logger.getLogger(MemberImportRunner.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private MemberImportService imports;

    /** Call once the transaction that staged (or took over) the import has committed. */
    public void launch(long id) {
        executor.submit(() -> work(id));
    }

    void work(long id) {
        try {
            List<FieldError> problems = imports.run(id, WORKER);
            if (problems.isEmpty()) {
                imports.completed(id);
            } else {
                imports.fail(id, WORKER, problems);
            }
        } catch (ImportLostException e) {
            LOG.log(Level.INFO, "Members import {0} is another worker's now, or has ended; this one stops.", id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Members import " + id + " failed; nothing of it was written", e);
            imports.fail(id, WORKER, List.of(new FieldError("file", "could not be written (" + Failures.rootCause(e).getClass().getSimpleName()
                    + "); nothing of it was written: import the file again")));
        }
    }
}
