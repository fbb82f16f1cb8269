package org.wic.registry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.BulkInsert;
import org.wic.registry.persistence.QueryFilters;
import org.wic.registry.persistence.SequenceBlocks;

import java.sql.Connection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The outbox as the secretariat sees it: newest first, keyset-paginated on the id. */
@ApplicationScoped
public class NotificationRepository {

    static final String CURSOR_SCOPE = "notifications";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    void add(Notification notification) {
        entityManager.persist(notification);
    }

    /** Many at once, in the caller's transaction (a dues run's chunk): one batch of rows, ids from notification_seq as JPA takes them. */
    void addAll(List<Notifications.Queued> queued, Instant now) {
        if (queued.isEmpty()) {
            return;
        }
        Connection connection = entityManager.unwrap(Connection.class);
        long[] ids = SequenceBlocks.take(connection, "notification_seq", queued.size());
        var insert = BulkInsert.into(connection, "notification", "id", "kind", "recipient_email", "recipient_name", "language", "variables",
                "attachment", "member_number", "status", "attempts", "created_at", "next_attempt_at");
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        for (int i = 0; i < queued.size(); i++) {
            Notifications.Queued one = queued.get(i);
            insert.row(ids[i], one.kind().name(), one.recipient().email(), one.recipient().name(), one.recipient().language().code(),
                    one.values().toJson(), one.attachment().orElse(null), one.subject().memberNumber().orElse(null), NotificationStatus.PENDING.name(),
                    0, at, at);
            if (insert.pending() >= BulkInsert.CHUNK) {
                insert.flush();
            }
        }
        insert.flush();
    }

    long countForAccountSince(NotificationKind kind, String username, Instant since) {
        return entityManager.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.kind = :kind AND n.accountUsername = :username"
                        + " AND n.createdAt > :since", Long.class)
                .setParameter("kind", kind).setParameter("username", username).setParameter("since", since).getSingleResult();
    }

    /** The messages to this address (any case), newest first: what a personal data request finds. */
    public List<Notification> toRecipient(String email) {
        return entityManager.createQuery("SELECT n FROM Notification n WHERE LOWER(n.recipientEmail) = :email ORDER BY n.id DESC", Notification.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList();
    }

    /** An erasure: the messages to this address keep their kind, status and times; recipient, values and secret become the marker. */
    public int eraseRecipient(String email, String marker) {
        return entityManager.createNativeQuery("UPDATE notification SET recipient_email = ?, recipient_name = ?, variables = '{}', secret_sealed = NULL,"
                        + " account_username = CASE WHEN LOWER(account_username) = ? THEN ? ELSE account_username END WHERE LOWER(recipient_email) = ?")
                .setParameter(1, marker).setParameter(2, marker).setParameter(3, email.toLowerCase(Locale.ROOT)).setParameter(4, marker)
                .setParameter(5, email.toLowerCase(Locale.ROOT)).executeUpdate();
    }

    public Optional<Notification> find(long id) {
        return Optional.ofNullable(entityManager.find(Notification.class, id));
    }

    Optional<Notification> lock(long id) {
        return Optional.ofNullable(entityManager.find(Notification.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Page<Notification> search(NotificationQuery query, PageRequest page) {
        List<Notification> found = new QueryFilters()
                .add("LOWER(n.recipientEmail) = :recipient", "recipient", query.recipient().map(text -> text.strip().toLowerCase(Locale.ROOT)))
                .add("n.kind = :kind", "kind", query.kind())
                .add("n.status = :status", "status", query.status())
                .add("n.id < :before", "before", page.after().map(cursor -> cursor.longPart(0)))
                .query(entityManager, "SELECT n FROM Notification n", "ORDER BY n.id DESC", Notification.class)
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(found, page, notification -> Cursor.of(CURSOR_SCOPE, notification.id()));
    }
}
