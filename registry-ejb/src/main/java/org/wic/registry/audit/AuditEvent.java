package org.wic.registry.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.wic.registry.caller.Caller;

import java.time.Instant;
import java.util.Optional;

/** One state change: when, who (and in which role), what, on which entity, and the fields it changed. Immutable. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false, length = 120)
    private String actor;

    @Column(name = "actor_kind", nullable = false, updatable = false, length = 20)
    private String actorKind;

    @Column(name = "actor_role", updatable = false, length = 20)
    private String actorRole;

    @Column(name = "action", nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 120)
    private String entityId;

    @Column(name = "changes", updatable = false)
    private String changes;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(Instant occurredAt, Caller actor, String action, String entityType, String entityId, Changes changes) {
        this.occurredAt = occurredAt;
        this.actor = actor.id();
        this.actorKind = actor.kind().name();
        this.actorRole = actor.role().map(Enum::name).orElse(null);
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.changes = changes.isEmpty() ? null : changes.toJson();
    }

    public long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String actorKind() {
        return actorKind;
    }

    public Optional<String> actorRole() {
        return Optional.ofNullable(actorRole);
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    /** The changed fields as JSON text, {@code {"field": {"before": …, "after": …}}}; empty when none were recorded. */
    public Optional<String> changes() {
        return Optional.ofNullable(changes);
    }
}
