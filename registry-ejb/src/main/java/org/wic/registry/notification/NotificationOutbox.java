package org.wic.registry.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.crypto.SealedText;
import org.wic.registry.time.Backoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's transactions, each short and on its own: find the due notifications, claim one for an
 * attempt (and render it), record the outcome. The SMTP exchange happens between claim and record,
 * outside any transaction. The claim's conditional UPDATE is the arbiter between dispatchers on
 * several servers: one claims, the others find it taken, so each message is sent at most once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class NotificationOutbox {

    /** Longer than any SMTP exchange (its timeouts are 20 s each): a claim older than this was interrupted. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    static final String MASKED_SECRET = "••••••••";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private NotificationRepository repository;

    @Inject
    private MessageTemplates templates;

    @Inject
    private Instance<AttachmentSource> attachmentSources;

    @Inject
    private Instance<AccountLinks> accountLinks;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.webhook-key")
    private Optional<String> sealingKey;

    @Inject
    @ConfigProperty(name = "registry.mail-retry-base", defaultValue = "PT1M")
    private String retryBase;

    @Inject
    @ConfigProperty(name = "registry.mail-max-attempts", defaultValue = "10")
    private int maxAttempts;

    @Inject
    @ConfigProperty(name = "registry.time-zone", defaultValue = "UTC")
    private ZoneId zone;

    private Backoff backoff;

    /** A claimed notification, rendered: whom to send it to, and what. */
    public record Attempt(long id, Recipient recipient, RenderedMessage message) {
    }

    @PostConstruct
    void readBackoff() {
        backoff = new Backoff(Duration.parse(retryBase), maxAttempts);
    }

    public List<Long> due(int limit) {
        return entityManager.createNamedQuery(Notification.DUE, Long.class).setParameter("now", clock.instant()).setMaxResults(limit).getResultList();
    }

    /**
     * The SMTP server could not be reached: every due notification has an attempt counted, with its
     * backoff (FAILED after the last), in one UPDATE per number of attempts so far. Answers how many.
     */
    public int failAllDue(String reason) {
        Instant now = clock.instant();
        int counted = 0;
        for (int attempts = maxAttempts - 1; attempts >= 0; attempts--) {
            int next = attempts + 1;
            // two statements, not a null parameter: PostgreSQL cannot tell a null's type in an UPDATE's SET
            var update = backoff.exhausted(next) ? entityManager.createNamedQuery(Notification.FAIL_DUE)
                    : entityManager.createNamedQuery(Notification.RETRY_DUE).setParameter("nextAttemptAt", now.plus(backoff.delayAfter(next)));
            counted += update.setParameter("attempts", attempts).setParameter("next", next).setParameter("now", now).setParameter("error", reason)
                    .executeUpdate();
        }
        return counted;
    }

    /** Claims whose dispatcher never came back (its server stopped mid-attempt) are FAILED, not sent again. */
    public int failInterrupted() {
        List<Long> interrupted = entityManager.createNamedQuery(Notification.INTERRUPTED, Long.class)
                .setParameter("now", clock.instant()).getResultList(); // a claim holds until its claimedUntil
        interrupted.forEach(id -> repository.lock(id).ifPresent(Notification::interrupted));
        return interrupted.size();
    }

    /**
     * Takes the notification for one attempt and renders it, unless another dispatcher took it first
     * or it is no longer due. An account link is issued here, so it exists only in the message sent.
     */
    public Optional<Attempt> claim(long id) {
        Optional<Notification> found = repository.find(id);
        if (found.isEmpty() || found.get().status() != NotificationStatus.PENDING) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int claimed = entityManager.createNamedQuery(Notification.CLAIM).setParameter("id", id).setParameter("attempts", found.get().attempts())
                .setParameter("now", now).setParameter("until", now.plus(CLAIM)).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        Notification notification = found.get();
        entityManager.refresh(notification);
        return Optional.of(new Attempt(id, notification.recipient(), render(notification, false)));
    }

    /** Sent: the SMTP server took it. */
    public void sent(long id) {
        repository.lock(id).ifPresent(notification -> notification.sent(clock.instant()));
    }

    /** The attempt failed: retried after the backoff, or FAILED after the last attempt. */
    public void failed(long id, String error) {
        repository.lock(id).ifPresent(notification -> notification.failed(error, clock.instant(), backoff));
    }

    /** Rendering it failed (a bug, or what it attaches is gone): FAILED at once, not retried forever. */
    public void unrenderable(long id) {
        repository.lock(id).ifPresent(notification -> notification.unrenderable(clock.instant()));
    }

    /**
     * The message as it is sent, or as an officer sees it ({@code preview}): there, a secret and an
     * account link show masked, and no link is issued.
     */
    public RenderedMessage render(Notification notification, boolean preview) {
        Recipient to = notification.recipient();
        MessageValues values = notification.values();
        if (notification.kind() == NotificationKind.APPLICATION_RECEIVED) {
            // an officer sees where the token goes (it is dropped once sent), never the token
            Optional<String> secret = preview ? Optional.of(MASKED_SECRET)
                    : notification.secretSealed().flatMap(sealed -> SealedText.key(sealingKey).flatMap(key -> SealedText.open(key, sealed)));
            secret.ifPresent(token -> values.with("trackingToken", token));
        }
        if (notification.kind().carriesAccountLink()) {
            String username = notification.accountUsername().orElseThrow();
            if (preview) {
                values.with("linkPath", "/account/set-password/" + MASKED_SECRET);
            } else {
                AccountLinks.Issued link = accountLinks.get().issue(username, notification.kind());
                values.with("linkPath", "/account/set-password/" + link.token())
                        .with("expiresAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(to.language().locale())
                                .format(link.expiresAt().atZone(zone)) + " (" + zone.getId() + ")");
            }
        }
        List<Attachment> attachments = new ArrayList<>();
        if (!preview) {
            notification.attachment().ifPresent(reference -> attachmentSources.stream()
                    .map(source -> source.attachment(reference, to.language()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(attachments::add));
        }
        return templates.message(notification.kind(), to, values, attachments);
    }
}
