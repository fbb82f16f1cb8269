package org.wic.registry.dues;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.member.Member;
import org.wic.registry.money.Money;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.QueryFilters;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.time.RegistryCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Dues runs. Starting one records the members it covers (ACTIVE or SUSPENDED at that moment);
 * {@link DuesRunner} then invoices them chunk by chunk, each chunk a transaction of its own that
 * marks what it did. A run stopped midway is resumed where it stopped; a second run for the same
 * year, at the same time or later, finds the invoices there and skips those members: one invoice per
 * member and year, which the database also enforces.
 */
@Stateless
public class DuesRunService {

    public static final String CURSOR_SCOPE = "dues-runs";
    public static final int CURSOR_PARTS = 1;
    private static final String ENTITY = "dues-run";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private InvoiceService invoices;

    @Inject
    private AuditTrail audit;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private Clock clock;

    @Inject
    private Event<DuesChunk> chunks;

    @Inject
    private DuesWorker worker;

    /** Starts a run for this year or the next; the caller launches it once this transaction has committed. */
    public DuesRun start(Caller caller, Integer year) {
        caller.require(Role.SECRETARIAT);
        int thisYear = calendar.today().getYear();
        if (year == null || year != thisYear && year != thisYear + 1) {
            throw new InvalidInputException("year", "must be this year (" + thisYear + ") or the next (" + (thisYear + 1) + ")");
        }
        var run = new DuesRun(year, caller.id(), clock.instant(), worker.id(), leaseEnd());
        entityManager.persist(run);
        entityManager.flush();
        int covered = entityManager.createNativeQuery("INSERT INTO dues_run_item (run_id, member_id) "
                        + "SELECT ?1, id FROM member WHERE status IN ('ACTIVE', 'SUSPENDED')")
                .setParameter(1, run.id()).executeUpdate();
        audit.record(caller, "dues-run.started", ENTITY, String.valueOf(run.id()), Changes.created("year", year).set("members", covered));
        return run;
    }

    /** A failed run, or a running one whose worker stopped (its lease ended), goes on with the members it has not done. */
    public DuesRun resume(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        DuesRun run = lock(id);
        run.resume(worker.id(), clock.instant(), leaseEnd());
        audit.record(caller, "dues-run.resumed", ENTITY, String.valueOf(id), Changes.none().set("done", progress(id).done()));
        return run;
    }

    public DuesRun get(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        return require(id);
    }

    /** Newest first. */
    public Page<DuesRun> list(Caller caller, PageRequest page) {
        caller.require(Role.SECRETARIAT);
        List<DuesRun> found = new QueryFilters()
                .add("r.id < :after", "after", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT r FROM DuesRun r", "ORDER BY r.id DESC", DuesRun.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(found, page, run -> Cursor.of(CURSOR_SCOPE, run.id()));
    }

    public DuesRunProgress progress(long id) {
        Object[] counts = (Object[]) entityManager.createNativeQuery("SELECT COUNT(*), COUNT(outcome), "
                + "COALESCE(SUM(CASE WHEN outcome = 'ISSUED' THEN 1 ELSE 0 END), 0) FROM dues_run_item WHERE run_id = ?1")
                .setParameter(1, id).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> totals = entityManager.createNativeQuery("SELECT i.currency, SUM(i.amount) FROM dues_run_item r "
                + "JOIN invoice i ON i.id = r.invoice_id WHERE r.run_id = ?1 GROUP BY i.currency ORDER BY i.currency")
                .setParameter(1, id).getResultList();
        long total = number(counts[0]);
        long done = number(counts[1]);
        long issued = number(counts[2]);
        List<Money> issuedTotals = totals.stream().map(row -> {
            Currency currency = Currency.getInstance((String) row[0]);
            return new Money(((BigDecimal) row[1]).setScale(Math.max(0, currency.getDefaultFractionDigits()), java.math.RoundingMode.UNNECESSARY), currency);
        }).toList();
        return new DuesRunProgress(total, done, issued, done - issued, issuedTotals);
    }

    /**
     * Takes over the running runs whose worker stopped renewing its lease (a server that stopped):
     * each is this worker's once this transaction commits; the caller launches them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> takeOverAbandoned() {
        var taken = new ArrayList<Long>();
        for (DuesRun candidate : entityManager.createNamedQuery(DuesRun.RUNNING, DuesRun.class).getResultList()) {
            DuesRun run = lock(candidate.id());
            if (run.abandoned(clock.instant())) {
                run.lease(worker.id(), leaseEnd());
                audit.record(Caller.system(), "dues-run.taken-over", ENTITY, String.valueOf(run.id()), Changes.none().set("worker", worker.id()));
                taken.add(run.id());
            }
        }
        return taken;
    }

    /** The next members the run has not done, in member order. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> pending(long id, int limit) {
        DuesRun run = require(id);
        if (run.status() != DuesRunStatus.RUNNING) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery("SELECT member_id FROM dues_run_item WHERE run_id = ?1 AND outcome IS NULL ORDER BY member_id")
                .setParameter(1, id).setMaxResults(limit).getResultList();
        return ids.stream().map(DuesRunService::number).toList();
    }

    /**
     * Invoices these members of the run, all in one transaction, and marks each ISSUED or SKIPPED
     * (once: an outcome another worker wrote stays), renewing this worker's lease.
     *
     * @throws LeaseLostException when the run is no longer this worker's
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void processChunk(long id, List<Long> memberIds) {
        DuesRun run = holdLease(id);
        chunks.fire(new DuesChunk(id, run.year(), memberIds));
        Caller runner = new Caller(Caller.Kind.SYSTEM, "dues-run:" + id, "dues run " + id, Optional.of(Role.SECRETARIAT), Optional.empty());
        for (long memberId : memberIds) {
            Member member = entityManager.find(Member.class, memberId);
            Optional<Invoice> issued = invoices.issue(runner, member, run.year(), member.tier().dues());
            entityManager.flush();
            // no null parameter: PostgreSQL would type an untyped null as text
            (issued.isPresent()
                    ? entityManager.createNativeQuery("UPDATE dues_run_item SET outcome = 'ISSUED', invoice_id = ?3"
                            + " WHERE run_id = ?1 AND member_id = ?2 AND outcome IS NULL")
                    .setParameter(3, issued.get().id())
                    : entityManager.createNativeQuery("UPDATE dues_run_item SET outcome = 'SKIPPED' WHERE run_id = ?1 AND member_id = ?2 AND outcome IS NULL"))
                    .setParameter(1, id).setParameter(2, memberId).executeUpdate();
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complete(long id) {
        DuesRun run = lock(id);
        if (run.workedBy(worker.id())) {
            run.complete(clock.instant());
            DuesRunProgress progress = progress(id);
            audit.record(Caller.system(), "dues-run.completed", ENTITY, String.valueOf(id), Changes.none().set("issued", progress.issued())
                    .set("skipped", progress.skipped()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long id, String reason) {
        DuesRun run = lock(id);
        if (!run.workedBy(worker.id())) {
            return; // another worker has it now: its outcome is that worker's to tell
        }
        run.fail(reason, clock.instant());
        audit.record(Caller.system(), "dues-run.failed", ENTITY, String.valueOf(id), Changes.none().set("failure", reason));
    }

    /** The run, locked, still this worker's, with its lease renewed. */
    private DuesRun holdLease(long id) {
        DuesRun run = lock(id);
        if (!run.workedBy(worker.id())) {
            throw new LeaseLostException(id);
        }
        run.lease(worker.id(), leaseEnd());
        return run;
    }

    /** Until when a lease taken or renewed now lasts. */
    private Instant leaseEnd() {
        return clock.instant().plus(worker.lease());
    }

    private DuesRun lock(long id) {
        return Optional.ofNullable(entityManager.find(DuesRun.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new UnknownEntityException("dues run", String.valueOf(id)));
    }

    private DuesRun require(long id) {
        return Optional.ofNullable(entityManager.find(DuesRun.class, id)).orElseThrow(() -> new UnknownEntityException("dues run", String.valueOf(id)));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
