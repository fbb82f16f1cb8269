package org.wic.registry.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.time.Clock;

/** The outbox for the secretariat: what was (or will be) sent to whom, each message as rendered, and sending a failed one again. */
@Stateless
public class NotificationService {

    public static final String CURSOR_SCOPE = NotificationRepository.CURSOR_SCOPE;
    public static final int CURSOR_PARTS = 1;
    private static final String ENTITY = "notification";

    @Inject
    private NotificationRepository repository;

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private MailSettings settings;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A notification with its message as rendered for an officer (secrets and account links masked, no attachment made). */
    public record Shown(Notification notification, RenderedMessage message) {
    }

    public Page<Notification> search(Caller caller, NotificationQuery query, PageRequest page) {
        caller.require(Role.SECRETARIAT);
        return repository.search(query, page);
    }

    public Shown get(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        Notification notification = repository.find(id).orElseThrow(() -> unknown(id));
        return new Shown(notification, outbox.render(notification, true));
    }

    /** A FAILED notification goes out again: a fresh round of attempts. */
    public Notification resend(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        Notification notification = repository.lock(id).orElseThrow(() -> unknown(id));
        if (notification.status() != NotificationStatus.FAILED) {
            throw new ConflictException("Only a FAILED notification can be sent again; this one is " + notification.status() + ".");
        }
        notification.resend(clock.instant());
        audit.record(caller, "notification.resent", ENTITY, String.valueOf(id), Changes.none()
                .field("status", NotificationStatus.FAILED, NotificationStatus.PENDING).set("kind", notification.kind()));
        return notification;
    }

    /** Whether mail goes out on this server (REGISTRY_SMTP_HOST is set). */
    public boolean sending() {
        return settings.sending();
    }

    private static UnknownEntityException unknown(long id) {
        return new UnknownEntityException("notification", String.valueOf(id));
    }
}
