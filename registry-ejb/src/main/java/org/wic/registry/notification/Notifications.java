package org.wic.registry.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.crypto.SealedText;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes notifications into the outbox, always in the caller's transaction: the message exists if
 * and only if the change that causes it was committed. Nothing is rendered or sent here.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifications {

    @Inject
    private NotificationRepository repository;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.webhook-key")
    private Optional<String> sealingKey;

    /** One message of many written at once. */
    public record Queued(NotificationKind kind, Recipient recipient, MessageValues values, Notification.Subject subject, Optional<String> attachment) {
    }

    /** Whether a message of this kind for this account was written since then (a reset asked for again and again sends one). */
    public boolean queuedForAccountSince(NotificationKind kind, String username, Instant since) {
        return repository.countForAccountSince(kind, username, since) > 0;
    }

    /** Many messages in one batch of rows (a dues run's chunk), in the caller's transaction. */
    public void queueAll(List<Queued> queued) {
        repository.addAll(queued, clock.instant());
    }

    /** One message of this kind to each recipient (an address once, however many times it is named). */
    public void queue(NotificationKind kind, List<Recipient> recipients, MessageValues values, Notification.Subject subject, Optional<String> attachment) {
        Instant now = clock.instant();
        recipients.stream()
                .filter(recipient -> recipient.email() != null && !recipient.email().isBlank())
                .collect(Collectors.toMap(recipient -> recipient.email().toLowerCase(Locale.ROOT), recipient -> recipient,
                        (first, second) -> first, LinkedHashMap::new))
                .values()
                .forEach(recipient -> repository.add(new Notification(kind, recipient, values, subject, Optional.empty(), attachment, now)));
    }

    /**
     * One message that carries a secret (an applicant's tracking token): kept sealed under
     * REGISTRY_WEBHOOK_KEY until it is sent, then dropped. Without that key the message goes without it.
     */
    public void queueWithSecret(NotificationKind kind, Recipient recipient, MessageValues values, Notification.Subject subject, String secret) {
        Optional<String> sealed = SealedText.key(sealingKey).map(key -> SealedText.seal(key, secret));
        repository.add(new Notification(kind, recipient, values, subject, sealed, Optional.empty(), clock.instant()));
    }
}
