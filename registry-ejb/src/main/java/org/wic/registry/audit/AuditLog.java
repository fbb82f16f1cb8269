package org.wic.registry.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.QueryFilters;

import java.util.List;

/** Reads the audit trail, newest first, keyset-paginated on the event id. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLog {

    public static final String CURSOR_SCOPE = "audit";
    public static final int CURSOR_PARTS = 1;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    public Page<AuditEvent> search(AuditQuery query, PageRequest page) {
        List<AuditEvent> events = new QueryFilters()
                .add("e.entityType = :entityType", "entityType", query.entityType())
                .add("e.entityId = :entityId", "entityId", query.entityId())
                .add("e.actor = :actor", "actor", query.actor())
                .add("e.occurredAt >= :from", "from", query.from())
                .add("e.occurredAt < :to", "to", query.to())
                .add("e.id < :afterId", "afterId", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT e FROM AuditEvent e", "ORDER BY e.id DESC", AuditEvent.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(events, page, event -> Cursor.of(CURSOR_SCOPE, event.id()));
    }
}
