package org.wic.registry.web.notifications;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.caller.Role;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.NotificationQuery;
import org.wic.registry.notification.NotificationService;
import org.wic.registry.notification.NotificationStatus;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.KeysetPages;
import org.wic.registry.web.support.Outcomes;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The e-mail outbox: filters (status, kind, recipient), each message as its recipient reads it, and sending a failed one again. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A notification as the table shows it. */
    public record Row(long id, Instant createdAt, String kind, String recipient, String status, int attempts, String lastError, Instant sentAt)
            implements Serializable {
    }

    /** The message opened below the table. */
    public record Opened(long id, String status, String recipient, String subject, String text, String html) implements Serializable {
    }

    @Inject
    private NotificationService notifications;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    private NotificationStatus status;
    private NotificationKind kind;
    private String recipient;
    private KeysetPages<Row> rows;
    private Opened opened;

    public void search() {
        signedIn.current().require(Role.SECRETARIAT);
        // the filters as the form last submitted them: the reader keeps only this bean, which the session can carry
        rows = new KeysetPages<>(page -> notifications.search(signedIn.current(), query(), page).map(NotificationsView::row), row -> String.valueOf(row.id()));
    }

    private NotificationQuery query() {
        return new NotificationQuery(Optional.ofNullable(recipient).map(String::strip).filter(text -> !text.isEmpty()), Optional.ofNullable(kind),
                Optional.ofNullable(status));
    }

    public void open(long id) {
        outcomes.attempt(() -> notifications.get(signedIn.current(), id), java.util.Map.of()).ifPresent(shown -> opened = new Opened(id,
                shown.notification().status().name(), shown.notification().recipient().email(), shown.message().subject(), shown.message().text(),
                shown.message().html()));
    }

    public void resend(long id) {
        if (outcomes.attempt(() -> notifications.resend(signedIn.current(), id), java.util.Map.of()).isPresent()) {
            messages.info("notifications.resent");
            open(id);
        }
    }

    private static Row row(Notification n) {
        return new Row(n.id(), n.createdAt(), n.kind().name(), n.recipient().email(), n.status().name(), n.attempts(), n.lastError().orElse(""),
                n.sentAt().orElse(null));
    }

    public boolean isSending() {
        return notifications.sending();
    }

    public List<NotificationStatus> getStatuses() {
        return List.of(NotificationStatus.values());
    }

    public List<NotificationKind> getKinds() {
        return List.of(NotificationKind.values());
    }

    public KeysetPages<Row> getRows() {
        if (rows == null) {
            search();
        }
        return rows;
    }

    public Opened getOpened() { return opened; }
    public NotificationStatus getStatus() { return status; }
    public void setStatus(NotificationStatus status) { this.status = status; }
    public NotificationKind getKind() { return kind; }
    public void setKind(NotificationKind kind) { this.kind = kind; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String recipient) { this.recipient = recipient; }
}
