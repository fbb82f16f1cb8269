package org.wic.registry.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.wic.registry.time.Backoff;

import java.time.Instant;
import java.util.Optional;

/**
 * One e-mail to one recipient: what it is about and the values its templates need, as of the change
 * that caused it. Rendered when sent (and when an officer looks at it), so the outbox row is small and
 * a dues run's thousand invoices cost a thousand rows, not a thousand PDFs, in the run's transaction.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.DUE, query = "SELECT n.id FROM Notification n WHERE n.status = org.wic.registry.notification.NotificationStatus.PENDING"
        + " AND n.claimedUntil IS NULL AND n.nextAttemptAt <= :now ORDER BY n.nextAttemptAt, n.id")
@NamedQuery(name = Notification.CLAIM, query = "UPDATE Notification n SET n.claimedUntil = :until, n.attempts = n.attempts + 1, n.lastAttemptAt = :now"
        + " WHERE n.id = :id AND n.status = org.wic.registry.notification.NotificationStatus.PENDING AND n.claimedUntil IS NULL AND n.attempts = :attempts")
@NamedQuery(name = Notification.RETRY_DUE, query = "UPDATE Notification n SET n.attempts = :next, n.lastAttemptAt = :now, n.lastError = :error,"
        + " n.nextAttemptAt = :nextAttemptAt WHERE n.status = org.wic.registry.notification.NotificationStatus.PENDING"
        + " AND n.claimedUntil IS NULL AND n.nextAttemptAt <= :now AND n.attempts = :attempts")
@NamedQuery(name = Notification.FAIL_DUE, query = "UPDATE Notification n SET n.attempts = :next, n.lastAttemptAt = :now, n.lastError = :error,"
        + " n.status = org.wic.registry.notification.NotificationStatus.FAILED, n.nextAttemptAt = NULL"
        + " WHERE n.status = org.wic.registry.notification.NotificationStatus.PENDING"
        + " AND n.claimedUntil IS NULL AND n.nextAttemptAt <= :now AND n.attempts = :attempts")
@NamedQuery(name = Notification.INTERRUPTED, query = "SELECT n.id FROM Notification n WHERE n.status = org.wic.registry.notification.NotificationStatus.PENDING"
        + " AND n.claimedUntil < :now")
public class Notification {

    static final String DUE = "Notification.due";
    static final String CLAIM = "Notification.claim";
    static final String INTERRUPTED = "Notification.interrupted";
    static final String FAIL_DUE = "Notification.failDue";
    static final String RETRY_DUE = "Notification.retryDue";
    private static final int MAX_ERROR = 500;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "recipient_email", nullable = false, updatable = false, length = 254)
    private String recipientEmail;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 120)
    private String recipientName;

    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private String language;

    @Lob
    @Column(name = "variables", nullable = false, updatable = false)
    private String variables;

    @Column(name = "secret_sealed", length = 300)
    private String secretSealed;

    @Column(name = "attachment", updatable = false, length = 60)
    private String attachment;

    @Column(name = "member_number", updatable = false, length = 10)
    private String memberNumber;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Column(name = "account_username", updatable = false, length = 100)
    private String accountUsername;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private NotificationStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Notification() {
        // for JPA
    }

    Notification(NotificationKind kind, Recipient recipient, MessageValues values, Subject subject, Optional<String> secretSealed,
                 Optional<String> attachment, Instant now) {
        this.kind = kind;
        this.recipientEmail = recipient.email();
        this.recipientName = recipient.name();
        this.language = recipient.language().code();
        this.variables = values.toJson();
        this.secretSealed = secretSealed.orElse(null);
        this.attachment = attachment.orElse(null);
        this.memberNumber = subject.memberNumber().orElse(null);
        this.applicationId = subject.applicationId().orElse(null);
        this.accountUsername = subject.accountUsername().orElse(null);
        this.status = NotificationStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Whom or what a notification is about, for the secretariat's filters and for account links. */
    public record Subject(Optional<String> memberNumber, Optional<Long> applicationId, Optional<String> accountUsername) {

        public static Subject member(String number) {
            return new Subject(Optional.of(number), Optional.empty(), Optional.empty());
        }

        public static Subject application(long id) {
            return new Subject(Optional.empty(), Optional.of(id), Optional.empty());
        }

        public static Subject account(String username, Optional<String> memberNumber) {
            return new Subject(memberNumber, Optional.empty(), Optional.of(username));
        }
    }

    /** Sent: the secret it carried is no longer kept. */
    void sent(Instant now) {
        status = NotificationStatus.SENT;
        sentAt = now;
        claimedUntil = null;
        nextAttemptAt = null;
        secretSealed = null;
        lastError = null;
    }

    /** The attempt failed: tried again after the backoff, or FAILED after the last. */
    void failed(String error, Instant now, Backoff backoff) {
        claimedUntil = null;
        lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        if (backoff.exhausted(attempts)) {
            status = NotificationStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(backoff.delayAfter(attempts));
        }
    }

    /**
     * A dispatcher claimed it and never recorded the outcome (its server stopped mid-attempt): the
     * message may or may not have gone out, so it is not sent again by itself (at most once); an
     * officer decides.
     */
    void interrupted() {
        status = NotificationStatus.FAILED;
        claimedUntil = null;
        nextAttemptAt = null;
        lastError = "interrupted: the server stopped while sending it; it may have been sent";
    }

    /** It could not be rendered: FAILED without an attempt. */
    void unrenderable(Instant now) {
        status = NotificationStatus.FAILED;
        claimedUntil = null;
        nextAttemptAt = null;
        lastAttemptAt = now;
        lastError = "could not be rendered (see the server log)";
    }

    /** An officer sends a failed message again: a fresh round of attempts. */
    void resend(Instant now) {
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimedUntil = null;
    }

    public long id() {
        return id;
    }

    public NotificationKind kind() {
        return kind;
    }

    public Recipient recipient() {
        return new Recipient(recipientEmail, recipientName, Language.find(language).orElse(Language.EN));
    }

    public MessageValues values() {
        return MessageValues.fromJson(variables);
    }

    Optional<String> secretSealed() {
        return Optional.ofNullable(secretSealed);
    }

    public Optional<String> attachment() {
        return Optional.ofNullable(attachment);
    }

    public Optional<String> memberNumber() {
        return Optional.ofNullable(memberNumber);
    }

    public Optional<Long> applicationId() {
        return Optional.ofNullable(applicationId);
    }

    public Optional<String> accountUsername() {
        return Optional.ofNullable(accountUsername);
    }

    public NotificationStatus status() {
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

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }
}
