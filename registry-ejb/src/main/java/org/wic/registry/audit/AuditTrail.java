package org.wic.registry.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.caller.Caller;
import org.wic.registry.persistence.BulkInsert;
import org.wic.registry.persistence.SequenceBlocks;

import java.sql.Connection;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

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

    /**
     * The same event for many entities at once (a dues run's invoices), written in one bulk write
     * in the caller's transaction: the rows {@link #record} would write, without an entity each.
     *
     * @param changes by entity id, in the order to write them
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAll(Caller actor, String action, String entityType, Map<String, Changes> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Connection connection = entityManager.unwrap(Connection.class);
        long[] ids = SequenceBlocks.take(connection, "audit_event_seq", changes.size());
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        var insert = BulkInsert.into(connection, "audit_event", "id", "occurred_at", "actor", "actor_kind", "actor_role", "action", "entity_type",
                "entity_id", "changes");
        int row = 0;
        for (Map.Entry<String, Changes> entry : changes.entrySet()) {
            insert.row(ids[row++], now, actor.id(), actor.kind().name(), actor.role().map(Enum::name).orElse(null), action, entityType, entry.getKey(),
                    entry.getValue().isEmpty() ? null : entry.getValue().toJson());
        }
        insert.flush();
    }
}
