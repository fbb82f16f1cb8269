package org.wic.registry.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one exception to an append-only trail: a person's erasure takes their personal values out of
 * the before/after snapshots of the events about them, leaving who did what and when. Events about
 * the person's records, and any event that holds their email, are looked at; in those, every value
 * equal (in any case) to one of the person's is replaced by the marker.
 */
@Stateless
public class AuditErasure {

    /** Found once: {@code Json.create…} looks the provider up on every call, which costs more than the JSON. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    /** A record of the person's, as the trail names it: {@code member-contact WIC-000123/45}. */
    public record EntityRef(String entityType, String entityId) {
    }

    /** The events about these records, or holding this email, oldest first. */
    public List<AuditEvent> about(Collection<EntityRef> records, String email) {
        Map<Long, AuditEvent> events = new TreeMap<>();
        records.stream().collect(Collectors.groupingBy(EntityRef::entityType, Collectors.mapping(EntityRef::entityId, Collectors.toList())))
                .forEach((type, ids) -> entityManager.createQuery("SELECT e FROM AuditEvent e WHERE e.entityType = :type AND e.entityId IN :ids",
                                AuditEvent.class)
                        .setParameter("type", type).setParameter("ids", ids)
                        .getResultList().forEach(event -> events.put(event.id(), event)));
        entityManager.createQuery("SELECT e FROM AuditEvent e WHERE LOWER(e.changes) LIKE :email ESCAPE '\\'", AuditEvent.class)
                .setParameter("email", containing(email.toLowerCase(Locale.ROOT)))
                .getResultList().forEach(event -> events.put(event.id(), event));
        return List.copyOf(events.values());
    }

    /** Replaces the values in these events' snapshots; answers how many events changed. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int erase(List<AuditEvent> events, Set<String> values, String marker) {
        Set<String> folded = values.stream().map(value -> value.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        int changed = 0;
        for (AuditEvent event : events) {
            if (event.changes().isEmpty()) {
                continue;
            }
            try (JsonReader reader = JSON.createReader(new StringReader(event.changes().get()))) {
                JsonValue before = reader.readValue();
                JsonValue after = replaced(before, folded, marker);
                if (!after.equals(before)) {
                    // the entity maps the column as never updated: only an erasure rewrites it
                    entityManager.createNativeQuery("UPDATE audit_event SET changes = ? WHERE id = ?")
                            .setParameter(1, after.toString()).setParameter(2, event.id()).executeUpdate();
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * An account named after the person (an invited representative's username is their e-mail
     * address) is erased with them: where the trail names it, as actor or as the entity changed, it
     * is the marker from now on. Answers how many events changed.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int eraseName(String username, String marker) {
        return entityManager.createNativeQuery("UPDATE audit_event SET actor = CASE WHEN actor = ? THEN ? ELSE actor END,"
                        + " entity_id = CASE WHEN entity_type = 'account' AND entity_id = ? THEN ? ELSE entity_id END"
                        + " WHERE actor = ? OR (entity_type = 'account' AND entity_id = ?)")
                .setParameter(1, username).setParameter(2, marker).setParameter(3, username).setParameter(4, marker)
                .setParameter(5, username).setParameter(6, username).executeUpdate();
    }

    static JsonValue replaced(JsonValue value, Set<String> folded, String marker) {
        switch (value.getValueType()) {
            case STRING:
                return folded.contains(((JsonString) value).getString().toLowerCase(Locale.ROOT)) ? JSON.createValue(marker) : value;
            case OBJECT:
                JsonObjectBuilder object = JSON.createObjectBuilder();
                ((JsonObject) value).forEach((name, member) -> object.add(name, replaced(member, folded, marker)));
                return object.build();
            case ARRAY:
                JsonArrayBuilder array = JSON.createArrayBuilder();
                value.asJsonArray().forEach(item -> array.add(replaced(item, folded, marker)));
                return array.build();
            default:
                return value;
        }
    }

    private static String containing(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
