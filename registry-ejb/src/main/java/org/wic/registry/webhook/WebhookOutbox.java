package org.wic.registry.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.feed.ChangeEvent;
import org.wic.registry.feed.ChangeFeed;
import org.wic.registry.time.Backoff;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outbox's transactions, each short and on its own: queue feed events as deliveries, find the
 * due ones, claim one for an attempt, record the answer. The HTTP call happens between claim and
 * record, outside any transaction. A claim is a lease: if the server stops mid-attempt, the
 * delivery becomes due again when the lease ends (at-least-once; receivers de-duplicate on
 * X-Registry-Delivery).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookOutbox {

    /** How many feed events one pass queues per webhook. */
    static final int QUEUE_BATCH = 200;
    /** How long a claimed attempt may take before another pass may try again: longer than any HTTP timeout. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private ChangeFeed feed;

    @Inject
    private WebhookSecrets secrets;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.webhook-retry-base", defaultValue = "PT30S")
    private String retryBase;

    @Inject
    @ConfigProperty(name = "registry.webhook-max-attempts", defaultValue = "8")
    private int maxAttempts;

    private Backoff backoff;

    /** One attempt to make: everything the HTTP call needs. */
    public record Attempt(String deliveryId, URI url, String eventType, byte[] body, String signature) {
    }

    @PostConstruct
    void readBackoff() {
        backoff = new Backoff(Duration.parse(retryBase), maxAttempts);
    }

    /** Turns the feed events each webhook has not seen yet into deliveries; answers how many. */
    public int queue() {
        int queued = 0;
        Instant now = clock.instant();
        // webhooks move through the feed in step, so most passes read one batch for all of them
        Map<Long, List<ChangeEvent>> eventsAfter = new HashMap<>();
        // only the webhooks behind the feed's head: an idle registry reads one row a second, locks none
        for (Long id : entityManager.createNamedQuery(Webhook.BEHIND, Long.class).setParameter("head", feed.position()).getResultList()) {
            Webhook webhook = entityManager.find(Webhook.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (webhook == null) {
                continue; // removed meanwhile
            }
            List<ChangeEvent> events = eventsAfter.computeIfAbsent(webhook.lastSequence(), after -> feed.next(after, QUEUE_BATCH));
            for (ChangeEvent event : events) {
                if (webhook.wants(event.type())) {
                    entityManager.persist(new WebhookDelivery(id, event.sequence(), event.type(), now));
                    queued++;
                }
            }
            if (!events.isEmpty()) {
                webhook.queuedUpTo(events.get(events.size() - 1).sequence());
            }
        }
        return queued;
    }

    /** Webhooks with deliveries whose (next) attempt is due, the longest waiting first. */
    public List<Long> webhooksDue(int limit) {
        return entityManager.createNamedQuery(WebhookDelivery.WEBHOOKS_DUE, Long.class).setParameter("now", clock.instant()).setMaxResults(limit)
                .getResultList();
    }

    /** A webhook's deliveries whose (next) attempt is due, the longest waiting first. */
    public List<String> due(long webhookId, int limit) {
        return entityManager.createNamedQuery(WebhookDelivery.DUE, String.class).setParameter("webhook", webhookId).setParameter("now", clock.instant())
                .setMaxResults(limit).getResultList();
    }

    /**
     * Takes the delivery for one attempt, unless it is not due (another pass holds its lease, or
     * its next attempt lies ahead), or it is gone. The UPDATE's conditions make the row lock the
     * arbiter: of claims that race, one changes the row, the others find it changed.
     */
    public Optional<Attempt> claim(String deliveryId) {
        WebhookDelivery delivery = entityManager.find(WebhookDelivery.class, deliveryId);
        if (delivery == null || delivery.status() != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int claimed = entityManager.createNamedQuery(WebhookDelivery.CLAIM).setParameter("id", deliveryId)
                .setParameter("attempts", delivery.attempts()).setParameter("now", now).setParameter("leaseEnd", now.plus(LEASE))
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty(); // another pass took it first: nothing more to read
        }
        Webhook webhook = entityManager.find(Webhook.class, delivery.webhookId());
        Optional<ChangeEvent> event = feed.event(delivery.eventSequence());
        if (webhook == null || event.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> secret = secrets.tryOpen(webhook.secretCipher());
        if (secret.isEmpty()) {
            // a failed attempt of its own, so that it does not stand in the way of the others
            entityManager.refresh(delivery);
            delivery.attempted(Optional.empty(), Optional.of("not sent: the signing secret cannot be read with REGISTRY_WEBHOOK_KEY (was the key changed?)"),
                    now, backoff);
            return Optional.empty();
        }
        byte[] body = event.get().toJson().getBytes(StandardCharsets.UTF_8);
        return Optional.of(new Attempt(deliveryId, webhook.url(), delivery.eventType(), body, WebhookSignature.of(secret.get(), body)));
    }

    /** The attempt's outcome: the receiver's status code, or why there was none. */
    public void record(String deliveryId, Optional<Integer> answerStatus, Optional<String> error) {
        Optional.ofNullable(entityManager.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(delivery -> delivery.attempted(answerStatus, error, clock.instant(), backoff));
    }
}
