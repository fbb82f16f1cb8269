package org.wic.registry.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the audit trail, newest first, keyset-paginated on the event id. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditLog {

    public static final String CURSOR_SCOPE = "audit";
    public static final int CURSOR_PARTS = 1;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    public Page<AuditEvent> search(AuditQuery query, PageRequest page) {
        var conditions = new ArrayList<String>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        query.entityType().ifPresent(value -> condition(conditions, parameters, "e.entityType = :entityType", "entityType", value));
        query.entityId().ifPresent(value -> condition(conditions, parameters, "e.entityId = :entityId", "entityId", value));
        query.actor().ifPresent(value -> condition(conditions, parameters, "e.actor = :actor", "actor", value));
        query.from().ifPresent(value -> condition(conditions, parameters, "e.occurredAt >= :from", "from", value));
        query.to().ifPresent(value -> condition(conditions, parameters, "e.occurredAt < :to", "to", value));
        page.after().ifPresent(cursor -> condition(conditions, parameters, "e.id < :afterId", "afterId", cursor.longPart(0)));

        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<AuditEvent> select = entityManager.createQuery("SELECT e FROM AuditEvent e" + where + " ORDER BY e.id DESC", AuditEvent.class)
                .setMaxResults(page.fetchSize());
        parameters.forEach(select::setParameter);
        List<AuditEvent> events = select.getResultList();
        return Page.of(events, page, event -> Cursor.of(CURSOR_SCOPE, event.id()));
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }
}
