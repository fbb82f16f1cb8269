package org.wic.registry.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.wic.registry.caller.Caller;

import java.time.Instant;
import java.util.Optional;

/** One step of an application's history: what happened, from which state to which, who, when and why. */
@Entity
@Table(name = "application_transition")
public class ApplicationTransition {

    static final String SUBMIT = "SUBMIT";

    @Id
    @SequenceGenerator(name = "application_transition_seq", sequenceName = "application_transition_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_transition_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private Application application;

    @Column(name = "action", nullable = false, updatable = false, length = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 30)
    private ApplicationStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 30)
    private ApplicationStatus to;

    @Column(name = "actor", nullable = false, updatable = false, length = 120)
    private String actor;

    @Column(name = "actor_kind", nullable = false, updatable = false, length = 20)
    private String actorKind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "note", updatable = false, length = 5000)
    private String note;

    protected ApplicationTransition() {
        // for JPA
    }

    ApplicationTransition(Application application, String action, ApplicationStatus from, ApplicationStatus to, Caller by,
                          Instant at, String note) {
        this.application = application;
        this.action = action;
        this.from = from;
        this.to = to;
        this.actor = by.id();
        this.actorKind = by.kind().name();
        this.occurredAt = at;
        this.note = note;
    }

    /** {@code submit}, or an action's API name ({@code request-information}). */
    public String action() {
        return action.equals(SUBMIT) ? "submit" : ApplicationAction.valueOf(action).apiName();
    }

    public Optional<ApplicationStatus> from() {
        return Optional.ofNullable(from);
    }

    public ApplicationStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String actorKind() {
        return actorKind;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
