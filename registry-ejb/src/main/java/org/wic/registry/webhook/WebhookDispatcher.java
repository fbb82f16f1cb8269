package org.wic.registry.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second: queue new feed events for the webhooks, then make the due attempts. One pass at a
 * time per server; several servers share the work through the outbox's claims. Redirects are not
 * followed (a 3xx is a failed attempt), so a receiver cannot send the registry elsewhere.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookDispatcher {

    public static final String EVENT_HEADER = "X-Registry-Event";
    public static final String DELIVERY_HEADER = "X-Registry-Delivery";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final int ATTEMPTS_PER_PASS = 50;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private WebhookOutbox outbox;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "registry.webhooks-allow-private", defaultValue = "false")
    private boolean allowPrivate;

    private final AtomicBoolean passing = new AtomicBoolean();
    private HttpClient client;

    @PostConstruct
    void openClient() {
        client = HttpClient.newBuilder().executor(executor).connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void pass() {
        if (!passing.compareAndSet(false, true)) {
            return; // the previous pass is still sending
        }
        try {
            outbox.queue();
            for (String id : outbox.due(ATTEMPTS_PER_PASS)) {
                try {
                    outbox.claim(id).ifPresent(this::attempt);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Webhook delivery " + id + " failed to go out; it stays in the outbox.", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A webhook pass failed; the next one goes on from the outbox.", e);
        } finally {
            passing.set(false);
        }
    }

    private void attempt(WebhookOutbox.Attempt attempt) {
        Optional<String> refusal = WebhookAddresses.refusal(attempt.url().getHost(), allowPrivate);
        if (refusal.isPresent()) {
            outbox.record(attempt.deliveryId(), Optional.empty(), Optional.of("not sent: the URL " + refusal.get()));
            return;
        }
        HttpRequest request = HttpRequest.newBuilder(attempt.url())
                .timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "WIC-Membership-Registry-Webhooks/1")
                .header(EVENT_HEADER, attempt.eventType())
                .header(DELIVERY_HEADER, attempt.deliveryId())
                .header(WebhookSignature.HEADER, attempt.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body()))
                .build();
        try {
            HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
            outbox.record(attempt.deliveryId(), Optional.of(answer.statusCode()),
                    answer.statusCode() / 100 == 2 ? Optional.empty() : Optional.of("the receiver answered " + answer.statusCode()));
        } catch (IOException e) {
            outbox.record(attempt.deliveryId(), Optional.empty(), Optional.of(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
