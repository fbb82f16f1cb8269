package org.wic.registry.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A partner's subscription: where to POST which feed events, the signing secret (encrypted, as it
 * must be read back to sign), and how far into the feed its deliveries have been queued.
 */
@Entity
@Table(name = "webhook")
@NamedQuery(name = Webhook.BEHIND, query = "SELECT w.id FROM Webhook w WHERE w.lastSequence < :head ORDER BY w.id")
public class Webhook {

    static final String BEHIND = "Webhook.behind";

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @Column(name = "url", nullable = false, updatable = false, length = 2000)
    private String url;

    @Column(name = "events", nullable = false, updatable = false, length = 200)
    private String events;

    @Column(name = "secret_cipher", nullable = false, updatable = false, length = 200)
    private String secretCipher;

    /** The caller's id: the API key prefix of a partner. */
    @Column(name = "owner", nullable = false, updatable = false, length = 120)
    private String owner;

    @Column(name = "owner_name", nullable = false, updatable = false, length = 120)
    private String ownerName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected Webhook() {
        // for JPA
    }

    Webhook(URI url, Set<String> events, String secretCipher, String owner, String ownerName, Instant createdAt, long feedPosition) {
        this.url = url.toString();
        this.events = events.stream().sorted().collect(Collectors.joining(","));
        this.secretCipher = secretCipher;
        this.owner = owner;
        this.ownerName = ownerName;
        this.createdAt = createdAt;
        this.lastSequence = feedPosition;
    }

    public long id() {
        return id;
    }

    public URI url() {
        return URI.create(url);
    }

    /** The event types it receives, in alphabetical order. */
    public List<String> events() {
        return Arrays.asList(events.split(","));
    }

    public boolean wants(String eventType) {
        return events().contains(eventType);
    }

    String secretCipher() {
        return secretCipher;
    }

    public String owner() {
        return owner;
    }

    public String ownerName() {
        return ownerName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The last feed event queued for it (or the feed's head when it was created). */
    long lastSequence() {
        return lastSequence;
    }

    void queuedUpTo(long sequence) {
        lastSequence = sequence;
    }
}
