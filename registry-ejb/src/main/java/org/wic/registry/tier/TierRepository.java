package org.wic.registry.tier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.persistence.RowLocks;

import java.util.List;
import java.util.Optional;

/** Membership tiers: reference data the secretariat keeps. */
@ApplicationScoped
public class TierRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    public List<Tier> all() {
        return entityManager.createNamedQuery(Tier.ALL, Tier.class).getResultList();
    }

    public Optional<Tier> find(TierCode code) {
        return Optional.ofNullable(entityManager.find(Tier.class, code.value()));
    }

    public void add(Tier tier) {
        entityManager.persist(tier);
    }

    /** The tier, locked until the transaction ends and read fresh. */
    public Tier lock(Tier tier) {
        return RowLocks.lockFresh(entityManager, tier, LockModeType.PESSIMISTIC_WRITE);
    }
}
