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
import org.wic.registry.dues.DuesRunService;
import org.wic.registry.dues.DuesRunStatus;
import org.wic.registry.dues.DuesRunner;
import org.wic.registry.it.Deployments;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** In the server, on the database the build chose: two dues runs for one year at the same time → one invoice per member. */
@ExtendWith(ArquillianExtension.class)
class ConcurrentDuesRunIT {

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
        return Deployments.domain("concurrent-dues-run-it").addClass(DuesFixtures.class);
    }

    @Test
    void twoRunsAtOnceIssueExactlyOneInvoicePerMember() throws Exception {
        DuesFixtures.atLeastActiveMembers(entityManager, applications, 120);
        int year = LocalDate.now().getYear() + 1;
        DuesRun first = runs.start(DuesFixtures.OFFICER, year);
        DuesRun second = runs.start(DuesFixtures.OFFICER, year);

        runner.launch(first.id());
        runner.launch(second.id());

        assertThat(DuesFixtures.awaitEnd(runs, first.id()).status()).isEqualTo(DuesRunStatus.COMPLETED);
        assertThat(DuesFixtures.awaitEnd(runs, second.id()).status()).isEqualTo(DuesRunStatus.COMPLETED);
        List<Long> twice = entityManager.createQuery("SELECT i.member.id FROM Invoice i WHERE i.year = :year GROUP BY i.member.id "
                + "HAVING COUNT(i) > 1", Long.class).setParameter("year", year).getResultList();
        assertThat(twice).as("members invoiced twice for %s", year).isEmpty();
        List<Long> notInvoiced = entityManager.createNativeQuery("SELECT r.member_id FROM dues_run_item r WHERE r.run_id IN (?1, ?2) AND NOT EXISTS "
                        + "(SELECT 1 FROM invoice i WHERE i.member_id = r.member_id AND i.dues_year = ?3)")
                .setParameter(1, first.id()).setParameter(2, second.id()).setParameter(3, year).getResultList();
        assertThat(notInvoiced).as("members of the runs without an invoice").isEmpty();
        long covered = runs.progress(first.id()).total();
        assertThat(covered).isGreaterThanOrEqualTo(120);
        assertThat(runs.progress(first.id()).done()).isEqualTo(covered);
        assertThat(runs.progress(second.id()).done()).isEqualTo(runs.progress(second.id()).total());
    }
}
