package org.wic.registry.it.dues;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.wic.registry.it.Deployments;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** In the server, on the database the build chose: a run that fails midway, resumed, completes without duplicates. */
@ExtendWith(ArquillianExtension.class)
class ResumedDuesRunIT {

    @Inject
    private DuesRunService runs;

    @Inject
    private DuesRunner runner;

    @Inject
    private ApplicationService applications;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("resumed-dues-run-it").addClasses(DuesFixtures.class, FailingChunkObserver.class);
    }

    @Test
    void aRunStoppedMidwayIsResumedAndCompletesWithoutDuplicates() throws Exception {
        DuesFixtures.atLeastActiveMembers(entityManager, applications, 120);
        int year = LocalDate.now().getYear() + 1;
        DuesRun run = runs.start(DuesFixtures.OFFICER, year);
        FailingChunkObserver.SABOTAGED.put(run.id(), new AtomicInteger());

        runner.launch(run.id());
        DuesRun failed = DuesFixtures.awaitEnd(runs, run.id());

        assertThat(failed.status()).isEqualTo(DuesRunStatus.FAILED);
        assertThat(failed.failure()).get().asString().contains("resume");
        DuesRunProgress midway = runs.progress(run.id());
        assertThat(midway.done()).as("the first chunk is kept, the second rolled back").isEqualTo(50);
        assertThat(midway.total()).isGreaterThan(midway.done());

        runs.resume(DuesFixtures.OFFICER, run.id());
        runner.launch(run.id());

        assertThat(DuesFixtures.awaitEnd(runs, run.id()).status()).isEqualTo(DuesRunStatus.COMPLETED);
        DuesRunProgress done = runs.progress(run.id());
        assertThat(done.done()).isEqualTo(done.total());
        assertThat(entityManager.createQuery("SELECT i.member.id FROM Invoice i WHERE i.year = :year GROUP BY i.member.id HAVING COUNT(i) > 1",
                Long.class).setParameter("year", year).getResultList()).isEmpty();
        assertThat(entityManager.createQuery("SELECT COUNT(i) FROM Invoice i WHERE i.year = :year", Long.class).setParameter("year", year)
                .getSingleResult()).isGreaterThanOrEqualTo(done.total());
    }
}
