package org.wic.registry.feed;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.wic.registry.member.MemberNumber;

import java.io.StringReader;
import java.time.Instant;

/** One event of the feed: its sequence, what happened to which member, when, and the member's public fields after it. */
@Entity
@Table(name = "change_event")
@NamedQuery(name = ChangeEvent.AFTER, query = "SELECT e FROM ChangeEvent e WHERE e.sequence > :after ORDER BY e.sequence")
public class ChangeEvent {

    /** Found once: {@code Json.create…} looks the provider up on every call, which costs more than the JSON. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static final String AFTER = "ChangeEvent.after";

    @Id
    @Column(name = "sequence")
    private Long sequence;

    @Column(name = "event_type", nullable = false, updatable = false, length = 30)
    private String type;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Lob
    @Column(name = "payload", nullable = false, updatable = false)
    private String payload;

    protected ChangeEvent() {
        // for JPA
    }

    ChangeEvent(long sequence, String type, long memberId, Instant occurredAt, String payload) {
        this.sequence = sequence;
        this.type = type;
        this.memberId = memberId;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }

    public long sequence() {
        return sequence;
    }

    public String type() {
        return type;
    }

    public MemberNumber memberNumber() {
        return new MemberNumber(memberId);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /** The member's public fields after the change. */
    public JsonObject member() {
        try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }

    /**
     * The event as webhooks deliver it, the same as the feed lists it:
     * {@code {"cursor", "type", "memberNumber", "occurredAt", "member"}}.
     */
    public String toJson() {
        return JSON.createObjectBuilder()
                .add("cursor", String.valueOf(sequence))
                .add("type", type)
                .add("memberNumber", memberNumber().toString())
                .add("occurredAt", occurredAt.toString())
                .add("member", member())
                .build().toString();
    }
}
