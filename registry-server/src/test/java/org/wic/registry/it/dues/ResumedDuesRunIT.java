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
import java.util.List;
import java.util.stream.IntStream;
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
        List<String> numbers = entityManager.createQuery("SELECT i.number FROM Invoice i WHERE i.year = :year", Object.class)
                .setParameter("year", year).getResultStream().map(Object::toString).sorted().toList();
        assertThat(numbers).as("the year's invoice numbers, taken in blocks: no gap, no repeat")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size()).mapToObj(n -> "%04d-%06d".formatted(year, n)).toList());
        assertThat(((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM dues_run_item r JOIN invoice i ON i.id = r.invoice_id "
                + "JOIN audit_event a ON a.entity_id = i.number AND a.action = 'invoice.issued' AND a.actor = ?2 WHERE r.run_id = ?1")
                .setParameter(1, run.id()).setParameter(2, "dues-run:" + run.id()).getSingleResult()).longValue())
                .as("each invoice the run issued, audited once").isEqualTo(done.issued());
        Object[] recount = (Object[]) entityManager.createNativeQuery("SELECT COUNT(*), COUNT(outcome), "
                + "COALESCE(SUM(CASE WHEN outcome = 'ISSUED' THEN 1 ELSE 0 END), 0) FROM dues_run_item WHERE run_id = ?1")
                .setParameter(1, run.id()).getSingleResult();
        assertThat(List.of(done.total(), done.done(), done.issued())).as("the progress kept as the run went, against a recount of its items")
                .containsExactly(((Number) recount[0]).longValue(), ((Number) recount[1]).longValue(), ((Number) recount[2]).longValue());
        @SuppressWarnings("unchecked")
        List<Object[]> sums = entityManager.createNativeQuery("SELECT i.currency, SUM(i.amount) FROM dues_run_item r JOIN invoice i ON i.id = r.invoice_id "
                + "WHERE r.run_id = ?1 GROUP BY i.currency ORDER BY i.currency").setParameter(1, run.id()).getResultList();
        assertThat(done.issuedTotals()).as("the totals kept as the run went, against a recount of its invoices")
                .extracting(money -> money.currency().getCurrencyCode() + " " + money.value().stripTrailingZeros().toPlainString())
                .containsExactlyElementsOf(sums.stream().map(row -> ((String) row[0]).strip() + " "
                        + ((java.math.BigDecimal) row[1]).stripTrailingZeros().toPlainString()).toList());
    }
}
