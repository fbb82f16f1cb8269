package org.wic.registry.job;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Takes, renews and gives back the jobs' leases, each in a transaction of its own that commits at
 * once, so the other instances see it. Leases compare the instances' clocks: keep them in step
 * (NTP), as the dues runs' and imports' leases need too.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    @Inject
    private ServerInstance instance;

    /** Takes the job's lease, or renews it when this instance holds it; false when another instance holds it. */
    public boolean take(Job job) {
        Instant now = clock.instant();
        return entityManager.createNamedQuery(JobLease.TAKE)
                .setParameter("job", job.key())
                .setParameter("holder", instance.id())
                .setParameter("until", now.plus(job.lease()))
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Gives the lease back (when this instance holds it), so another instance need not wait for it to end. */
    public void release(Job job) {
        entityManager.createNamedQuery(JobLease.RELEASE).setParameter("job", job.key()).setParameter("holder", instance.id()).executeUpdate();
    }

    /** A daily job done for this day: the lease given back, the day kept. */
    public void done(Job job, LocalDate day) {
        entityManager.createNamedQuery(JobLease.DONE).setParameter("job", job.key()).setParameter("holder", instance.id())
                .setParameter("day", day).executeUpdate();
    }

    /** The last day the daily job was done, if ever. */
    public Optional<LocalDate> doneOn(Job job) {
        return Optional.ofNullable(entityManager.find(JobLease.class, job.key())).flatMap(JobLease::doneOn);
    }
}
