package org.wic.registry.member;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.wic.registry.caller.Caller;

import java.time.Instant;

/** One change of a member's status: from, to, why, who and when. Written once, never changed. */
@Entity
@Table(name = "member_status_change")
@NamedQuery(name = MemberStatusChange.OF_MEMBER, query = "SELECT c FROM MemberStatusChange c WHERE c.member = :member ORDER BY c.id")
@NamedQuery(name = MemberStatusChange.LATEST_OF_MEMBER, query = "SELECT c FROM MemberStatusChange c WHERE c.member = :member ORDER BY c.id DESC")
public class MemberStatusChange {

    static final String OF_MEMBER = "MemberStatusChange.ofMember";
    static final String LATEST_OF_MEMBER = "MemberStatusChange.latestOfMember";

    @Id
    @SequenceGenerator(name = "member_status_change_seq", sequenceName = "member_status_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_status_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, updatable = false, length = 20)
    private MemberStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 20)
    private MemberStatus to;

    @Column(name = "reason", nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "actor", nullable = false, updatable = false, length = 120)
    private String actor;

    @Column(name = "actor_kind", nullable = false, updatable = false, length = 20)
    private String actorKind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected MemberStatusChange() {
        // for JPA
    }

    MemberStatusChange(Member member, MemberStatus from, MemberStatus to, String reason, Caller by, Instant at) {
        this.member = member;
        this.from = from;
        this.to = to;
        this.reason = reason;
        this.actor = by.id();
        this.actorKind = by.kind().name();
        this.occurredAt = at;
    }

    public MemberStatus from() {
        return from;
    }

    public MemberStatus to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    public String actor() {
        return actor;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
