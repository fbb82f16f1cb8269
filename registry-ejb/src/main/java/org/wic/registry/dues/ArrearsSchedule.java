package org.wic.registry.dues;

import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.wic.registry.job.Job;
import org.wic.registry.job.JobLeases;
import org.wic.registry.time.RegistryCalendar;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily dunning (reminders, final notices) and arrears check, as of today in REGISTRY_TIME_ZONE
 * (the injectable clock's), once a day across the instances: every minute from 02:30 to 03:29 server
 * time each instance looks whether today's is done and, if not, takes the job's lease and does it.
 * An instance that dies during the check leaves its lease to end (five minutes) and another does
 * the check again, which is idempotent. Not persistent: a cluster that is down the whole hour
 * checks the next day.
 */
@Singleton
public class ArrearsSchedule {

    private static final Logger LOG = Logger.getLogger(ArrearsSchedule.class.getName());

    @Inject
    private ArrearsService arrears;

    @Inject
    private DunningService dunning;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private JobLeases leases;

    @Schedules({
            @Schedule(hour = "2", minute = "30-59", persistent = false),
            @Schedule(hour = "3", minute = "0-29", persistent = false)})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the check's own transactions; the lease's commit at once
    void daily() {
        try {
            if (leases.doneOn(Job.ARREARS_CHECK).filter(calendar.today()::equals).isPresent() || !leases.take(Job.ARREARS_CHECK)) {
                return; // done today, or another instance is doing it
            }
            check();
            leases.done(Job.ARREARS_CHECK, calendar.today());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The daily arrears check failed; it is tried again in a minute (until 03:29).", e);
            leases.release(Job.ARREARS_CHECK);
        }
    }

    private void check() {
        DunningService.Sent sent = dunning.remind(ArrearsService.DAILY_JOB, calendar.today());
        if (!sent.reminders().isEmpty() || !sent.finalNotices().isEmpty()) {
            LOG.info(() -> "Dunning: reminders for " + sent.reminders() + ", final notices for " + sent.finalNotices());
        }
        List<String> suspended = arrears.check(ArrearsService.DAILY_JOB, calendar.today());
        if (!suspended.isEmpty()) {
            LOG.info(() -> "Arrears check suspended " + String.join(", ", suspended));
        }
    }
}
