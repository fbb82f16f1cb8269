package org.wic.registry.tier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.PreconditionRequiredException;
import org.wic.registry.error.StaleVersionException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.persistence.RowLocks;
import org.wic.registry.persistence.Versions;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

import java.util.List;
import java.util.Optional;

/** Tiers: anyone reads them; the secretariat creates, revises, deactivates and reactivates them. */
@Stateless
public class TierService {

    private static final String ENTITY = "tier";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private AuditTrail audit;

    public List<Tier> all() {
        return entityManager.createNamedQuery(Tier.ALL, Tier.class).getResultList();
    }

    public Tier get(String code) {
        return find(code).orElseThrow(() -> new UnknownEntityException("tier", String.valueOf(code)));
    }

    public Optional<Tier> find(String code) {
        try {
            return Optional.ofNullable(entityManager.find(Tier.class, TierCode.of(code).value()));
        } catch (InvalidInputException notACode) {
            return Optional.empty();
        }
    }

    public Tier create(Caller caller, TierCode tierCode, TierTerms terms) {
        caller.require(Role.SECRETARIAT);
        if (entityManager.find(Tier.class, tierCode.value()) != null) {
            throw new ConflictException("A tier with the code " + tierCode + " exists.");
        }
        var tier = new Tier(tierCode, terms);
        entityManager.persist(tier);
        audit.record(caller, "tier.created", ENTITY, tierCode.value(), Changes.created("name", terms.name())
                .set("dues", terms.dues()).set("categories", terms.categories()).set("voting", terms.voting()).set("active", true));
        return tier;
    }

    /** New terms for a tier; invoices already issued keep their amounts. */
    /**
     * New terms, at the tier's version the secretariat last read.
     *
     * @throws PreconditionRequiredException without {@code ifMatch}
     * @throws StaleVersionException         when the tier changed since that version
     */
    public Tier revise(Caller caller, String code, String ifMatch, TierTerms terms) {
        caller.require(Role.SECRETARIAT);
        Tier tier = lock(code, ifMatch);
        Changes changes = tier.revise(terms);
        if (!changes.isEmpty()) {
            audit.record(caller, "tier.updated", ENTITY, tier.code(), changes);
        }
        return tier;
    }

    public Tier deactivate(Caller caller, String code, String ifMatch) {
        caller.require(Role.SECRETARIAT);
        Tier tier = lock(code, ifMatch);
        if (tier.deactivate()) {
            audit.record(caller, "tier.deactivated", ENTITY, tier.code(), Changes.none().field("active", true, false));
        }
        return tier;
    }

    public Tier activate(Caller caller, String code, String ifMatch) {
        caller.require(Role.SECRETARIAT);
        Tier tier = lock(code, ifMatch);
        if (tier.activate()) {
            audit.record(caller, "tier.activated", ENTITY, tier.code(), Changes.none().field("active", false, true));
        }
        return tier;
    }

    /** The tier, locked, at the version {@code ifMatch} names. */
    private Tier lock(String code, String ifMatch) {
        Tier tier = RowLocks.lockFresh(entityManager, get(code), LockModeType.PESSIMISTIC_WRITE);
        Versions.require(ifMatch, tier.version(), ENTITY, tier.code());
        return tier;
    }
}
