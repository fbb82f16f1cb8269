package org.wic.registry.exchange;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 30 seconds, takes up the running imports whose worker stopped reporting (the server was
 * stopped or killed mid-import, here or on another instance) and works them off again from their
 * staged lines: their one transaction never committed, so nothing of them was written.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MemberImportRecovery {

    private static final Logger LOG = Logger.getLogger(MemberImportRecovery.class.getName());

    @Inject
    private MemberImportService imports;

    @Inject
    private MemberImportRunner runner;

    @Schedule(hour = "*", minute = "*", second = "15/30", persistent = false)
    void takeOverAbandonedImports() {
        try {
            for (long id : imports.takeOverAbandoned()) {
                LOG.log(Level.INFO, "Members import {0} was left running by a stopped worker; this server works it off again.", id);
                runner.launch(id);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for abandoned members imports failed; the next look tries again.", e);
        }
    }
}
