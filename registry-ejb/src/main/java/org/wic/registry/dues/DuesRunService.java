package org.wic.registry.dues;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.time.RegistryCalendar;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Dues runs. Starting one records the members it covers (ACTIVE or SUSPENDED at that moment);
 * {@link DuesRunner} then invoices them chunk by chunk, each chunk a transaction of its own that
 * marks what it did. A run stopped midway is resumed where it stopped; a second run for the same
 * year, at the same time or later, finds the invoices there and skips those members: one invoice per
 * member and year, which the database also enforces.
 */
@Stateless
public class DuesRunService {

    public static final String CURSOR_SCOPE = DuesRunRepository.CURSOR_SCOPE;
    public static final int CURSOR_PARTS = 1;
    private static final String ENTITY = "dues-run";

    @Inject
    private DuesRunRepository runs;

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
        int covered = runs.add(run);
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
        return runs.page(page);
    }

    public DuesRunProgress progress(long id) {
        return runs.progress(id);
    }

    /**
     * Takes over the running runs whose worker stopped renewing its lease (a server that stopped):
     * each is this worker's once this transaction commits; the caller launches them.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> takeOverAbandoned() {
        var taken = new ArrayList<Long>();
        for (DuesRun candidate : runs.running()) {
            DuesRun run = lock(candidate.id());
            if (run.abandoned(clock.instant())) {
                run.lease(worker.id(), leaseEnd());
                audit.record(Caller.system(), "dues-run.taken-over", ENTITY, String.valueOf(run.id()), Changes.none().set("worker", worker.id()));
                taken.add(run.id());
            }
        }
        return taken;
    }

    /** The next members the run has not done, in member order, after this one (0: from the first). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> pending(long id, long after, int limit) {
        DuesRun run = require(id);
        if (run.status() != DuesRunStatus.RUNNING) {
            return List.of();
        }
        return runs.pendingMembers(id, after, limit);
    }

    /**
     * Invoices these members of the run (its next pending ones, in member order) in one transaction
     * and a few statements, and marks each ISSUED or SKIPPED (once: an outcome another worker wrote
     * stays), adding them to the run's progress and renewing this worker's lease.
     *
     * @throws LeaseLostException when the run is no longer this worker's
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void processChunk(long id, List<Long> memberIds) {
        DuesRun run = holdLease(id);
        chunks.fire(new DuesChunk(id, run.year(), memberIds));
        Caller runner = new Caller(Caller.Kind.SYSTEM, "dues-run:" + id, "dues run " + id, Optional.of(Role.SECRETARIAT), Optional.empty());
        List<IssuedInvoice> issued = invoices.issueAll(runner, memberIds, run.year());
        Set<Long> invoiced = issued.stream().map(IssuedInvoice::memberId).collect(Collectors.toSet());
        int skipped = runs.recordSkipped(id, memberIds.stream().filter(member -> !invoiced.contains(member)).toList());
        int recorded = runs.recordIssued(id, memberIds.get(0), memberIds.get(memberIds.size() - 1), run.year());
        if (recorded != issued.size()) {
            // the lease keeps other workers out, so this is not expected: undo the chunk rather than count wrong
            throw new IllegalStateException("dues run " + id + " recorded " + recorded + " issued items for " + issued.size() + " invoices");
        }
        Map<Currency, BigDecimal> totals = new HashMap<>();
        issued.forEach(invoice -> totals.merge(invoice.amount().currency(), invoice.amount().value(), BigDecimal::add));
        runs.count(id, recorded + skipped, recorded, totals);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complete(long id) {
        DuesRun run = lock(id);
        if (run.workedBy(worker.id())) {
            run.complete(clock.instant());
            DuesRunProgress progress = progress(id);
            audit.record(Caller.system(), "dues-run.completed", ENTITY, String.valueOf(id), Changes.none().set("issued", progress.issued())
                    .set("skipped", progress.skipped()));
            runs.refreshPlannerStatistics();
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
        return runs.lock(id).orElseThrow(() -> unknown(id));
    }

    private DuesRun require(long id) {
        return runs.find(id).orElseThrow(() -> unknown(id));
    }

    private static UnknownEntityException unknown(long id) {
        return new UnknownEntityException("dues run", String.valueOf(id));
    }
}
