package org.wic.registry.notification;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import org.wic.registry.job.Job;
import org.wic.registry.job.JobLeases;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;

/**
 * Every two seconds: sends the due notifications over one SMTP connection, one at a time, when an
 * SMTP server is configured (without one they wait, PENDING). When the server cannot be reached,
 * every due notification has that attempt counted (and waits out its backoff) without being
 * rendered. One instance at a time sends (the dispatcher's lease, {@link Job#NOTIFICATION_DISPATCHER});
 * its claims keep even two from sending a message twice. A pass still sending when the next is due
 * lets that one go.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
    private static final int PER_PASS = 100;

    @Inject
    private NotificationOutbox outbox;

    @Inject
    private Mailer mailer;

    @Inject
    private MailSettings settings;

    private final AtomicBoolean sending = new AtomicBoolean();

    @Inject
    private JobLeases leases;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void pass() {
        if (!settings.sending() || !sending.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!leases.take(Job.NOTIFICATION_DISPATCHER)) {
                return; // another instance sends: the outbox is one instance's at a time
            }
            outbox.failInterrupted();
            List<Long> due = outbox.due(PER_PASS);
            if (due.isEmpty()) {
                return;
            }
            try (Transport transport = mailer.connect()) {
                for (Long id : due) {
                    if (!send(transport, id)) {
                        return; // the connection broke: the rest wait for the next pass
                    }
                }
            } catch (MessagingException unreachable) {
                // one attempt of every due notification, none rendered: an outage costs a few UPDATEs per pass, however long the queue
                String reason = reason(unreachable);
                int counted = outbox.failAllDue(reason);
                LOG.log(Level.INFO, "SMTP server not reachable ({0}): {1} notifications wait for their next attempt", new Object[] {reason, counted});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A notification pass failed; the next one goes on from the outbox.", e);
        } finally {
            sending.set(false);
        }
    }

    /** Sends one; answers whether the connection is still good for the next. */
    private boolean send(Transport transport, long id) {
        Optional<NotificationOutbox.Attempt> attempt;
        try {
            attempt = outbox.claim(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification " + id + " could not be rendered; it is marked FAILED.", e);
            outbox.unrenderable(id);
            return true;
        }
        if (attempt.isEmpty()) {
            return true;
        }
        try {
            mailer.send(transport, attempt.get().recipient(), attempt.get().message());
            outbox.sent(id);
            return true;
        } catch (MessagingException | RuntimeException e) {
            String reason = reason(e);
            LOG.log(Level.INFO, "Notification {0} not sent: {1}", new Object[] {id, reason});
            outbox.failed(id, reason);
            return transport.isConnected();
        }
    }

    @PreDestroy
    void close() {
        try {
            leases.release(Job.NOTIFICATION_DISPATCHER); // a clean stop: another instance need not wait for the lease to end
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The notification dispatcher's lease is left to end by itself", e);
        }
    }

    /** What the outbox says about a failed attempt: short words an officer understands, never a password. */
    static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return "the SMTP server refused the login (REGISTRY_SMTP_USER, REGISTRY_SMTP_PASSWORD)";
            }
            if (cause instanceof ConnectException) {
                return "SMTP server unreachable: connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "SMTP server unreachable: host not found";
            }
            if (cause instanceof SocketTimeoutException) {
                return "SMTP server unreachable: timeout";
            }
            if (cause instanceof SSLException) {
                return "TLS with the SMTP server failed";
            }
            if (cause instanceof SendFailedException) {
                return "the SMTP server refused the recipient: " + cause.getMessage();
            }
        }
        return "not sent: " + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

}
