package org.wic.registry.notification;

import org.junit.jupiter.api.Test;
import org.wic.registry.time.Backoff;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final Backoff backoff = new Backoff(Duration.ofMinutes(1), 3);

    private Notification notification() {
        return new Notification(NotificationKind.APPLICATION_RECEIVED, new Recipient("a@b.example", "A", Language.ZH), MessageValues.of("x", "y"),
                Notification.Subject.application(7), Optional.of("sealed"), Optional.empty(), NOW);
    }

    @Test
    void aFailedAttemptWaitsOutItsBackoffAndTheLastOneFails() throws Exception {
        Notification notification = notification();
        attempt(notification);
        notification.failed("SMTP server unreachable: connection refused", NOW, backoff);
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.nextAttemptAt()).hasValue(NOW.plus(Duration.ofMinutes(1)));
        attempt(notification);
        notification.failed("again", NOW, backoff);
        assertThat(notification.nextAttemptAt()).hasValue(NOW.plus(Duration.ofMinutes(2)));
        attempt(notification);
        notification.failed("and again", NOW, backoff);
        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(notification.nextAttemptAt()).isEmpty();
        assertThat(notification.lastError()).hasValue("and again");

        notification.resend(NOW);
        assertThat(notification.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(notification.attempts()).isZero();
    }

    @Test
    void aSentMessageNoLongerKeepsItsSecret() {
        Notification notification = notification();
        notification.sent(NOW);
        assertThat(notification.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(notification.secretSealed()).isEmpty();
        assertThat(notification.sentAt()).hasValue(NOW);
    }

    @Test
    void anInterruptedAttemptIsFailedForAnOfficerToDecideNotSentAgain() {
        Notification notification = notification();
        notification.interrupted();
        assertThat(notification.status()).isEqualTo(NotificationStatus.FAILED);
        assertThat(notification.lastError()).hasValueSatisfying(error -> assertThat(error).contains("may have been sent"));
    }

    @Test
    void theValuesAndTheRecipientsLanguageComeBackAsWritten() {
        Notification notification = notification();
        assertThat(notification.values().get("x")).hasValue("y");
        assertThat(notification.recipient().language()).isEqualTo(Language.ZH);
        assertThat(Language.parse("language", null)).isEqualTo(Language.EN);
        assertThat(Language.find("ZH")).hasValue(Language.ZH);
        assertThat(Language.find("fr")).isEmpty();
    }

    private static void attempt(Notification notification) throws Exception {
        var attempts = Notification.class.getDeclaredField("attempts");
        attempts.setAccessible(true);
        attempts.setInt(notification, notification.attempts() + 1); // what the claim's UPDATE does
    }
}
