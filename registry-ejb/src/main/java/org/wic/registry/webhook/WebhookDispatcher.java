package org.wic.registry.webhook;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.job.Job;
import org.wic.registry.job.JobLeases;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;

/**
 * Every second: queue new feed events for the webhooks, then hand each webhook with due deliveries
 * to a sender of its own. Receivers are isolated from each other: one webhook's deliveries go out
 * one at a time, on their own thread, each exchange (headers and body) bounded by a timeout; a
 * receiver that times out is left until the next pass. So a stalled or slow receiver delays only
 * its own deliveries. One instance at a time delivers (the dispatcher's lease,
 * {@link Job#WEBHOOK_DISPATCHER}); the outbox's claims keep even two from sending a delivery twice. Redirects are
 * not followed (a 3xx is a failed attempt), so a receiver cannot send the registry elsewhere.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookDispatcher {

    public static final String EVENT_HEADER = "X-Registry-Event";
    public static final String DELIVERY_HEADER = "X-Registry-Delivery";
    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    /** Webhooks served at once: more receivers than this wait for a sender, each of which is bounded by the timeouts. */
    private static final int SENDERS = 16;
    private static final int WEBHOOKS_PER_PASS = 200;
    private static final int ATTEMPTS_PER_WEBHOOK = 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The whole exchange: connecting, the answer's headers and its body (Java 17's request timeout covers only the headers). */
    private static final Duration EXCHANGE_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private WebhookOutbox outbox;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private JobLeases leases;

    @Inject
    @ConfigProperty(name = "registry.webhooks-allow-private", defaultValue = "false")
    private boolean allowPrivate;

    private final AtomicBoolean queueing = new AtomicBoolean();
    private final Set<Long> sending = ConcurrentHashMap.newKeySet();
    private ExecutorService senders;
    private HttpClient client;

    @PostConstruct
    void open() {
        senders = Executors.newFixedThreadPool(SENDERS, threads);
        client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @PreDestroy
    void close() {
        senders.shutdownNow();
        try {
            leases.release(Job.WEBHOOK_DISPATCHER); // a clean stop: another instance need not wait for the lease to end
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The webhook dispatcher's lease is left to end by itself", e);
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    void pass() {
        if (!queueing.compareAndSet(false, true)) {
            return; // the previous pass is still queueing
        }
        try {
            if (!leases.take(Job.WEBHOOK_DISPATCHER)) {
                return; // another instance delivers: the outbox is one instance's at a time
            }
            outbox.queue();
            for (Long webhook : outbox.webhooksDue(WEBHOOKS_PER_PASS)) {
                if (sending.add(webhook)) {
                    senders.execute(() -> send(webhook));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A webhook pass failed; the next one goes on from the outbox.", e);
        } finally {
            queueing.set(false);
        }
    }

    /** One webhook's due deliveries, in order, until one finds its receiver unresponsive. */
    private void send(long webhook) {
        try {
            for (String id : outbox.due(webhook, ATTEMPTS_PER_WEBHOOK)) {
                try {
                    Optional<WebhookOutbox.Attempt> attempt = outbox.claim(id);
                    if (attempt.isPresent() && !attempt(attempt.get())) {
                        return;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Webhook delivery " + id + " failed to go out; it stays in the outbox.", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook " + webhook + "'s deliveries could not be read; the next pass tries again.", e);
        } finally {
            sending.remove(webhook);
        }
    }

    /** Makes the attempt and records it; answers whether the receiver answered at all. */
    private boolean attempt(WebhookOutbox.Attempt attempt) {
        // checked again now: the name may resolve elsewhere than when the webhook was registered
        Optional<String> refusal = WebhookAddresses.refusal(attempt.url().getHost(), allowPrivate);
        if (refusal.isPresent()) {
            outbox.record(attempt.deliveryId(), Optional.empty(), Optional.of("not sent: the URL " + refusal.get()));
            return true;
        }
        HttpRequest request = HttpRequest.newBuilder(attempt.url())
                .timeout(EXCHANGE_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("User-Agent", "WIC-Membership-Registry-Webhooks/1")
                .header(EVENT_HEADER, attempt.eventType())
                .header(DELIVERY_HEADER, attempt.deliveryId())
                .header(WebhookSignature.HEADER, attempt.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(attempt.body()))
                .build();
        CompletableFuture<HttpResponse<Void>> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            HttpResponse<Void> answer = exchange.get(EXCHANGE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            outbox.record(attempt.deliveryId(), Optional.of(answer.statusCode()),
                    answer.statusCode() / 100 == 2 ? Optional.empty() : Optional.of("the receiver answered " + answer.statusCode()));
            return true;
        } catch (TimeoutException e) {
            exchange.cancel(true); // aborts the exchange and closes its connection
            outbox.record(attempt.deliveryId(), Optional.empty(), Optional.of("timeout"));
            return false;
        } catch (ExecutionException e) {
            String reason = reason(e.getCause());
            outbox.record(attempt.deliveryId(), Optional.empty(), Optional.of(reason));
            return !reason.equals("timeout");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What the delivery log says about a failed exchange: short words, never a class name or a resolved address. */
    static String reason(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException || failure instanceof HttpTimeoutException) {
            return "timeout";
        }
        if (failure instanceof ConnectException) {
            return "connection refused";
        }
        if (failure instanceof UnknownHostException) {
            return "host not found";
        }
        if (failure instanceof SSLException) {
            return "TLS handshake failed";
        }
        if (failure instanceof IOException && failure.getCause() != null && failure.getCause() != failure) {
            return reason(failure.getCause());
        }
        return "connection failed";
    }
}
