package org.wic.registry.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A job's lease: which instance holds it and until when, and the last day a daily job was done. */
@Entity
@Table(name = "job_lease")
@NamedQuery(name = JobLease.TAKE, query = "UPDATE JobLease l SET l.holder = :holder, l.leaseUntil = :until"
        + " WHERE l.job = :job AND (l.holder = :holder OR l.holder IS NULL OR l.leaseUntil < :now)")
@NamedQuery(name = JobLease.RELEASE, query = "UPDATE JobLease l SET l.holder = NULL, l.leaseUntil = NULL WHERE l.job = :job AND l.holder = :holder")
@NamedQuery(name = JobLease.DONE, query = "UPDATE JobLease l SET l.holder = NULL, l.leaseUntil = NULL, l.doneOn = :day"
        + " WHERE l.job = :job AND l.holder = :holder")
public class JobLease {

    static final String TAKE = "JobLease.take";
    static final String RELEASE = "JobLease.release";
    static final String DONE = "JobLease.done";

    @Id
    @Column(name = "job", updatable = false)
    private String job;

    @Column(name = "holder")
    private String holder;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected JobLease() {
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }
}
