package org.wic.registry.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.QueryFilters;

import java.util.List;
import java.util.Optional;

/** Webhook subscriptions and their delivery logs, as their owners and the secretariat see them. */
@ApplicationScoped
public class WebhookRepository {

    static final String CURSOR_SCOPE = "webhooks";
    static final String DELIVERY_CURSOR_SCOPE = "webhook-deliveries";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    /** Writes the subscription; its id is known from here on. */
    public Webhook add(Webhook webhook) {
        entityManager.persist(webhook);
        entityManager.flush();
        return webhook;
    }

    public Optional<Webhook> find(long id) {
        return Optional.ofNullable(entityManager.find(Webhook.class, id));
    }

    public long countOwnedBy(String owner) {
        return entityManager.createQuery("SELECT COUNT(w) FROM Webhook w WHERE w.owner = :owner", Long.class)
                .setParameter("owner", owner).getSingleResult();
    }

    /** In id order; only the owner's when there is one. */
    public Page<Webhook> page(Optional<String> owner, PageRequest page) {
        List<Webhook> webhooks = new QueryFilters()
                .add("w.owner = :owner", "owner", owner)
                .add("w.id > :after", "after", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT w FROM Webhook w", "ORDER BY w.id", Webhook.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(webhooks, page, webhook -> Cursor.of(CURSOR_SCOPE, webhook.id()));
    }

    /** Removes the subscription with its delivery log. */
    public void remove(Webhook webhook) {
        entityManager.createQuery("DELETE FROM WebhookDelivery d WHERE d.webhookId = :id").setParameter("id", webhook.id()).executeUpdate();
        entityManager.remove(webhook);
    }

    /** The delivery log, newest event first, optionally one status only. */
    public Page<WebhookDelivery> deliveries(Webhook webhook, Optional<DeliveryStatus> status, PageRequest page) {
        List<WebhookDelivery> deliveries = new QueryFilters()
                .add("d.webhookId = :webhook", "webhook", Optional.of(webhook.id()))
                .add("d.status = :status", "status", status)
                .add("d.eventSequence < :before", "before", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT d FROM WebhookDelivery d", "ORDER BY d.eventSequence DESC", WebhookDelivery.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(deliveries, page, delivery -> Cursor.of(DELIVERY_CURSOR_SCOPE, delivery.eventSequence()));
    }
}
