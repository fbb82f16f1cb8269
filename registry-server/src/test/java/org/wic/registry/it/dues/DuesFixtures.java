package org.wic.registry.it.dues;

import jakarta.persistence.EntityManager;
import org.wic.registry.application.ApplicationForm;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.DuesRun;
import org.wic.registry.dues.DuesRunService;
import org.wic.registry.dues.DuesRunStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Members and runs for the in-container dues tests, through the real services. */
final class DuesFixtures {

    static final Caller OFFICER = Caller.account("dues-it", Role.SECRETARIAT, Optional.empty());

    private DuesFixtures() {
    }

    /** A new ENTERPRISE member in the FULL tier; answers its number. */
    static String admit(ApplicationService applications, String name) {
        var form = new ApplicationForm(name + " " + UUID.randomUUID(), "ENTERPRISE", "KE", null, null, "FULL", "Contact Person",
                "contact@dues.example", null, "In-container dues test.", null);
        long id = applications.submit(Caller.anonymous(), form).application().id();
        applications.startReview(OFFICER, id);
        return applications.approve(OFFICER, id, "FULL", Optional.empty()).memberNumber().orElseThrow().toString();
    }

    /** Makes sure at least this many members are ACTIVE, admitting new ones as needed. */
    static void atLeastActiveMembers(EntityManager entityManager, ApplicationService applications, int wanted) {
        long active = entityManager.createQuery("SELECT COUNT(m) FROM Member m WHERE m.status = org.wic.registry.member.MemberStatus.ACTIVE",
                Long.class).getSingleResult();
        for (long i = active; i < wanted; i++) {
            admit(applications, "Dues Filler");
        }
    }

    /** Waits until the run is no longer RUNNING, at most two minutes. */
    static DuesRun awaitEnd(DuesRunService runs, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        DuesRun run = runs.get(OFFICER, id);
        while (run.status() == DuesRunStatus.RUNNING && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            run = runs.get(OFFICER, id);
        }
        return run;
    }
}
