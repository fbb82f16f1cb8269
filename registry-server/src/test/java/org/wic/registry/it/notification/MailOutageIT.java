package org.wic.registry.it.notification;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.TestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SMTP server is down: a message waits in the outbox, PENDING, with why, and goes out once the
 * server is back; a message waiting when the registry's server is killed goes out after it starts
 * again. (The test server retries 2, 4 and 8 s after a failed attempt.)
 */
class MailOutageIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());

    @Test
    void aMessageWaitsWhileTheSmtpServerIsDownAndGoesOutWhenItIsBack() {
        String email = submitApplication();
        JsonObject waiting = awaitNotification(email, notification -> notification.getInt("attempts") >= 1);
        assertThat(waiting.getString("status")).isEqualTo("PENDING");
        assertThat(waiting.getString("lastError")).isEqualTo("SMTP server unreachable: connection refused");
        assertThat(waiting.containsKey("nextAttemptAt")).isTrue();

        try (Mailbox mailbox = Mailbox.open()) {
            mailbox.await(email, "We received your application");
            JsonObject sent = awaitNotification(email, notification -> notification.getString("status").equals("SENT"));
            assertThat(sent.getInt("attempts")).isGreaterThan(1);
            assertThat(mailbox.to(email)).hasSize(1);
        }
    }

    @Test
    void aMessageWaitingWhenTheServerIsKilledGoesOutAfterItStartsAgain() {
        String email = submitApplication();
        Map<String, String> environment = TestServer.kill();
        try (Mailbox mailbox = Mailbox.open()) {
            TestServer.start(environment);
            mailbox.await(email, "We received your application");
            assertThat(awaitNotification(email, notification -> notification.getString("status").equals("SENT")).getString("kind"))
                    .isEqualTo("APPLICATION_RECEIVED");
            assertThat(mailbox.to(email)).hasSize(1);
        }
    }

    private static String submitApplication() {
        JsonObject form = Applicants.form(Identities.unique("Outage Networks")).build();
        Applicants.submit(form);
        return form.getJsonObject("contact").getString("email");
    }

    private static JsonObject awaitNotification(String email, java.util.function.Predicate<JsonObject> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonObject last = null;
        while (Instant.now().isBefore(deadline)) {
            var items = SECRETARIAT.get("/api/v1/notifications?recipient=" + email).json().getJsonArray("items");
            if (!items.isEmpty()) {
                last = items.getJsonObject(0);
                if (condition.test(last)) {
                    return last;
                }
            }
            Mailbox.sleep(200);
        }
        throw new AssertionError("the notification to " + email + " did not get there within a minute: " + last);
    }
}
