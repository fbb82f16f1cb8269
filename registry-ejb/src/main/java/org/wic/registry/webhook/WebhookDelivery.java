package org.wic.registry.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.wic.registry.time.Backoff;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One feed event on its way to one webhook: the outbox row, and the log the partner reads. */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.DUE, query = "SELECT d.id FROM WebhookDelivery d"
        + " WHERE d.webhookId = :webhook AND d.status = org.wic.registry.webhook.DeliveryStatus.PENDING AND d.nextAttemptAt <= :now"
        + " ORDER BY d.nextAttemptAt, d.eventSequence")
@NamedQuery(name = WebhookDelivery.WEBHOOKS_DUE, query = "SELECT d.webhookId FROM WebhookDelivery d"
        + " WHERE d.status = org.wic.registry.webhook.DeliveryStatus.PENDING AND d.nextAttemptAt <= :now"
        + " GROUP BY d.webhookId ORDER BY MIN(d.nextAttemptAt)")
@NamedQuery(name = WebhookDelivery.CLAIM, query = "UPDATE WebhookDelivery d SET d.attempts = d.attempts + 1, d.nextAttemptAt = :leaseEnd,"
        + " d.lastAttemptAt = :now WHERE d.id = :id AND d.attempts = :attempts AND d.nextAttemptAt <= :now"
        + " AND d.status = org.wic.registry.webhook.DeliveryStatus.PENDING")
public class WebhookDelivery {

    static final String DUE = "WebhookDelivery.due";
    static final String WEBHOOKS_DUE = "WebhookDelivery.webhooksDue";
    static final String CLAIM = "WebhookDelivery.claim";

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    private long webhookId;

    @Column(name = "event_sequence", nullable = false, updatable = false)
    private long eventSequence;

    @Column(name = "event_type", nullable = false, updatable = false, length = 30)
    private String eventType;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
        // for JPA
    }

    WebhookDelivery(long webhookId, long eventSequence, String eventType, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.webhookId = webhookId;
        this.eventSequence = eventSequence;
        this.eventType = eventType;
        this.status = DeliveryStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The answer to one attempt: a 2xx delivers; anything else waits for the next attempt, or fails after the last. */
    void attempted(Optional<Integer> answerStatus, Optional<String> error, Instant now, Backoff backoff) {
        responseStatus = answerStatus.orElse(null);
        lastError = error.map(text -> text.length() > 500 ? text.substring(0, 500) : text).orElse(null);
        if (answerStatus.filter(code -> code / 100 == 2).isPresent()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = now;
            nextAttemptAt = null;
        } else if (backoff.exhausted(attempts)) {
            status = DeliveryStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoff.delayAfter(attempts));
        }
    }

    public String id() {
        return id;
    }

    public long webhookId() {
        return webhookId;
    }

    public long eventSequence() {
        return eventSequence;
    }

    public String eventType() {
        return eventType;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<Integer> responseStatus() {
        return Optional.ofNullable(responseStatus);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> deliveredAt() {
        return Optional.ofNullable(deliveredAt);
    }
}
