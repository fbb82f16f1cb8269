package org.wic.registry.it.dues;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.dues.DuesRun;
import org.wic.registry.dues.DuesRunProgress;
import org.wic.registry.dues.DuesRunService;
import org.wic.registry.dues.DuesRunStatus;
import org.wic.registry.dues.DuesRunner;
import org.wic.registry.error.ConflictException;
import org.wic.registry.it.Deployments;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In the server: a dues run has one worker at a time. Resuming a run whose worker is at it is
 * refused; a run whose worker stopped renewing its lease (a killed server) is taken up by another
 * and completed without duplicates; an item's outcome, once written, stays.
 */
@ExtendWith(ArquillianExtension.class)
class DuesRunLeaseIT {

    @Inject
    private DuesRunService runs;

    @Inject
    private DuesRunner runner;

    @Inject
    private ApplicationService applications;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private UserTransaction transaction;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("dues-run-lease-it").addClass(DuesFixtures.class);
    }

    @Test
    void aRunWhoseWorkerIsAtItCannotBeResumedButOneWhoseWorkerStoppedIsTakenUp() throws Exception {
        DuesFixtures.atLeastActiveMembers(entityManager, applications, 60);
        int year = LocalDate.now().getYear() + 1;
        DuesRun run = runs.start(DuesFixtures.OFFICER, year); // this worker's, never launched: as if its server died now

        assertThatThrownBy(() -> runs.resume(DuesFixtures.OFFICER, run.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("RUNNING");

        expireLease(run.id());
        // this server's recovery (or another deployment's, every 30 s) takes it up and works it off
        List<Long> taken = runs.takeOverAbandoned();
        taken.forEach(runner::launch);
        DuesRun ended = DuesFixtures.awaitEnd(runs, run.id());

        assertThat(ended.status()).isEqualTo(DuesRunStatus.COMPLETED);
        DuesRunProgress progress = runs.progress(run.id());
        assertThat(progress.done()).isEqualTo(progress.total());
        assertThat(entityManager.createQuery("SELECT i.member.id FROM Invoice i WHERE i.year = :year GROUP BY i.member.id HAVING COUNT(i) > 1",
                Long.class).setParameter("year", year).getResultList()).isEmpty();
    }

    @Test
    void anOutcomeOnceWrittenStays() {
        DuesFixtures.atLeastActiveMembers(entityManager, applications, 5);
        DuesRun run = runs.start(DuesFixtures.OFFICER, LocalDate.now().getYear() + 1);
        List<Long> members = runs.pending(run.id(), 0, 5);
        long issuedBefore = runs.progress(run.id()).issued();

        runs.processChunk(run.id(), members);
        long issuedOnce = runs.progress(run.id()).issued();
        runs.processChunk(run.id(), members); // a second worker's late chunk for the same members

        DuesRunProgress twice = runs.progress(run.id());
        assertThat(twice.issued()).as("ISSUED never becomes SKIPPED").isEqualTo(issuedOnce);
        assertThat(twice.done()).isEqualTo(members.size());
        assertThat(issuedOnce).isGreaterThanOrEqualTo(issuedBefore);
    }

    private void expireLease(long id) throws Exception {
        transaction.begin();
        entityManager.createNativeQuery("UPDATE dues_run SET lease_until = ?1 WHERE id = ?2")
                .setParameter(1, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(120))).setParameter(2, id).executeUpdate();
        transaction.commit();
    }
}
