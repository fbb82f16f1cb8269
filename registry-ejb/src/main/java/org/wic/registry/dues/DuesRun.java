package org.wic.registry.dues;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wic.registry.error.IllegalTransitionException;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A run that invoices the members of a year, in chunks; its items say which members it covers and what became of each. */
@Entity
@Table(name = "dues_run")
public class DuesRun {

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DuesRun() {
        // for JPA
    }

    DuesRun(int year, String startedBy, Instant at) {
        this.year = year;
        this.status = DuesRunStatus.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = at;
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

    /** @throws IllegalTransitionException for a completed run: nothing is left to do */
    void resume() {
        if (status == DuesRunStatus.COMPLETED) {
            throw new IllegalTransitionException("dues run", status.name(), "resume", List.of());
        }
        status = DuesRunStatus.RUNNING;
        finishedAt = null;
        failure = null;
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
