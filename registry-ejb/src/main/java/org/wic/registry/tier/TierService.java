package org.wic.registry.tier;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.PreconditionRequiredException;
import org.wic.registry.error.StaleVersionException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.persistence.Versions;

import java.util.List;
import java.util.Optional;

/** Tiers: anyone reads them; the secretariat creates, revises, deactivates and reactivates them. */
@Stateless
public class TierService {

    private static final String ENTITY = "tier";

    @Inject
    private TierRepository repository;

    @Inject
    private AuditTrail audit;

    public List<Tier> all() {
        return repository.all();
    }

    public Tier get(String code) {
        return find(code).orElseThrow(() -> new UnknownEntityException("tier", String.valueOf(code)));
    }

    public Optional<Tier> find(String code) {
        return TierCode.parse(code).flatMap(repository::find);
    }

    public Tier create(Caller caller, TierCode tierCode, TierTerms terms) {
        caller.require(Role.SECRETARIAT);
        if (repository.find(tierCode).isPresent()) {
            throw new ConflictException("A tier with the code " + tierCode + " exists.");
        }
        var tier = new Tier(tierCode, terms);
        repository.add(tier);
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
        Tier tier = repository.lock(get(code));
        Versions.require(ifMatch, tier.version(), ENTITY, tier.code());
        return tier;
    }
}
