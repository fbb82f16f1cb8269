package org.wic.registry.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.wic.registry.audit.AuditEvent;
import org.wic.registry.audit.AuditLog;
import org.wic.registry.audit.AuditQuery;
import org.wic.registry.caller.Role;
import org.wic.registry.time.RegistryCalendar;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.KeysetPages;
import org.wic.registry.web.support.Outcomes;

import java.io.Serial;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The audit trail with its filters (entity, actor, time), each event's fields before and after side by side. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One changed field. */
    public record FieldChange(String field, String before, String after) implements Serializable {
    }

    /** An event as the table shows it. */
    public record Row(long id, Instant occurredAt, String actor, String action, String entityType, String entityId, List<FieldChange> changes)
            implements Serializable {
    }

    @Inject
    private AuditLog log;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    private String entityType;
    private String entityId;
    private String actor;
    private LocalDate from;
    private LocalDate to;
    private KeysetPages<Row> rows;

    public void search() {
        signedIn.current().require(Role.SECRETARIAT);
        var filters = new Filters(entityType, entityId, actor, from, to);
        // checked now (a period that ends before it begins is refused here); the reader keeps the filters as searched and this bean,
        // which the session can carry, and makes the query again for each page
        outcomes.attempt(() -> query(filters), Map.of("to", "audit:to"))
                .ifPresent(checked -> rows = new KeysetPages<>(page -> log.search(query(filters), page).map(AuditTrailView::row), row -> String.valueOf(row.id())));
    }

    /** The form's filters when it was searched. */
    private record Filters(String entityType, String entityId, String actor, LocalDate from, LocalDate to) implements Serializable {
    }

    private AuditQuery query(Filters filters) {
        return new AuditQuery(text(filters.entityType()), text(filters.entityId()), text(filters.actor()),
                Optional.ofNullable(filters.from()).map(day -> day.atStartOfDay(calendar.zone()).toInstant()),
                Optional.ofNullable(filters.to()).map(day -> day.plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }

    private static Row row(AuditEvent event) {
        return new Row(event.id(), event.occurredAt(), event.actor(), event.action(), event.entityType(), event.entityId(),
                event.changes().map(AuditTrailView::changes).orElse(List.of()));
    }

    private static List<FieldChange> changes(String json) {
        JsonObject fields = Json.createReader(new StringReader(json)).readObject();
        return fields.entrySet().stream().map(entry -> {
            JsonObject values = entry.getValue().asJsonObject();
            return new FieldChange(entry.getKey(), shown(values.get("before")), shown(values.get("after")));
        }).toList();
    }

    private static String shown(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString() : value.toString();
    }

    public KeysetPages<Row> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
