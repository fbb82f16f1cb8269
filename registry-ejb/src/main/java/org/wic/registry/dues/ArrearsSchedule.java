package org.wic.registry.dues;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.wic.registry.time.RegistryCalendar;

import java.util.List;
import java.util.logging.Logger;

/**
 * The daily dunning (reminders, final notices) and arrears check, at 02:30 server time, as of today in REGISTRY_TIME_ZONE (the injectable
 * clock's). Not persistent: a server that was down at 02:30 checks the next day, and the check is
 * idempotent, so several servers running it is harmless.
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

    @Schedule(hour = "2", minute = "30", persistent = false)
    void daily() {
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
