package org.wic.registry.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.IllegalTransitionException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A run that invoices the members of a year, in chunks; its items say which members it covers and what became of each. */
@Entity
@Table(name = "dues_run")
@NamedQuery(name = DuesRun.RUNNING, query = "SELECT r FROM DuesRun r WHERE r.status = org.wic.registry.dues.DuesRunStatus.RUNNING ORDER BY r.id")
public class DuesRun {

    static final String RUNNING = "DuesRun.running";

    @Id
    @SequenceGenerator(name = "dues_run_seq", sequenceName = "dues_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dues_run_seq")
    private Long id;

    @Column(name = "dues_year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DuesRunStatus status;

    @Column(name = "started_by", nullable = false, updatable = false, length = 120)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "failure", length = 2000)
    private String failure;

    /** Who works the run off now, and until when, unless it renews its lease. */
    @Column(name = "worker", length = 64)
    private String worker;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DuesRun() {
        // for JPA
    }

    DuesRun(int year, String startedBy, Instant at, String worker, Instant leaseUntil) {
        this.year = year;
        this.status = DuesRunStatus.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = at;
        lease(worker, leaseUntil);
    }

    void lease(String worker, Instant until) {
        this.worker = worker;
        this.leaseUntil = until;
    }

    /** Whether this worker may go on with the run: it is running and the lease is this worker's. */
    boolean workedBy(String candidate) {
        return status == DuesRunStatus.RUNNING && candidate.equals(worker);
    }

    /** A running run whose worker stopped renewing its lease: its server stopped, or the run was left by a restart. */
    boolean abandoned(Instant now) {
        return status == DuesRunStatus.RUNNING && (leaseUntil == null || !leaseUntil.isAfter(now));
    }

    void complete(Instant at) {
        status = DuesRunStatus.COMPLETED;
        finishedAt = at;
        failure = null;
    }

    void fail(String reason, Instant at) {
        status = DuesRunStatus.FAILED;
        finishedAt = at;
        failure = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }

    /**
     * @throws IllegalTransitionException for a completed run: nothing is left to do
     * @throws ConflictException          for a running one whose worker is still at it: two workers would race
     */
    void resume(String newWorker, Instant now, Instant leaseEnd) {
        if (status == DuesRunStatus.COMPLETED) {
            throw new IllegalTransitionException("dues run", status.name(), "resume", List.of());
        }
        if (status == DuesRunStatus.RUNNING && !abandoned(now)) {
            throw new ConflictException("The dues run is RUNNING and its worker is at it (its lease runs until " + leaseUntil
                    + "); it can be resumed only if it fails or its worker stops.");
        }
        status = DuesRunStatus.RUNNING;
        finishedAt = null;
        failure = null;
        lease(newWorker, leaseEnd);
    }

    public long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public DuesRunStatus status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
