package org.wic.registry.dues;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 10 seconds, takes up the running dues runs whose worker stopped renewing its lease (the
 * server was stopped or killed mid-run, here or on another instance) and works them off here.
 * Every instance may look; the run's row lock lets one take each run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DuesRunRecovery {

    private static final Logger LOG = Logger.getLogger(DuesRunRecovery.class.getName());

    @Inject
    private DuesRunService runs;

    @Inject
    private DuesRunner runner;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    void takeOverAbandonedRuns() {
        try {
            for (long id : runs.takeOverAbandoned()) {
                LOG.log(Level.INFO, "Dues run {0} was left running by a stopped worker; this server goes on with it.", id);
                runner.launch(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for abandoned dues runs failed; the next look tries again.", e);
        }
    }
}
