package org.wic.registry.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.security.Caller;

import java.time.Clock;

/** Writes audit events, always inside the transaction of the change they record. */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private Clock clock;

    /**
     * @param action     what happened, as {@code entity-type.verb-ed} ({@code account.disabled})
     * @param entityType the kind of thing changed ({@code account}, {@code api-key})
     * @param entityId   which one
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(Caller actor, String action, String entityType, String entityId, Changes changes) {
        entityManager.persist(new AuditEvent(clock.instant(), actor, action, entityType, entityId, changes));
    }
}
