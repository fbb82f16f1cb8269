package org.wic.registry.it.webhook;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * Webhooks as a partner meets them: a receiver on loopback (the test server allows private
 * addresses; it retries 1 s, then 2 s after a failure, and gives up after the third attempt).
 */
class WebhookIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static RegistryHttp partner;
    private static final List<String> SUBSCRIBED = new ArrayList<>();

    @BeforeAll
    static void partner() {
        partner = RegistryHttp.registry().as(Identities.newPartner());
    }

    /** Webhooks an interrupted earlier run left on a database that outlives it would fill the outbox ahead of these tests'. */
    @BeforeAll
    static void removeLeftovers() {
        for (Optional<String> page = Optional.of("/api/v1/webhooks?limit=200"); page.isPresent(); ) {
            RegistryHttp.Answer answer = SECRETARIAT.get(page.get());
            ids(answer.json()).forEach(id -> assertThat(SECRETARIAT.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204));
            page = answer.nextPath();
        }
        assertThat(SECRETARIAT.get("/api/v1/webhooks").json().getJsonArray("items")).isEmpty();
    }

    /** The test database outlives the run: its webhooks should not go on queueing deliveries. */
    @AfterAll
    static void unsubscribe() {
        SUBSCRIBED.forEach(path -> partner.delete(path));
    }

    @Test
    void anEventIsDeliveredSignedWithTheSubscriptionsSecretAsTheFeedShowsIt() throws Exception {
        try (var receiver = new Receiver()) {
            JsonObject webhook = subscribe(receiver.url(), "MEMBER_STATUS_CHANGED");
            assertThat(webhook.getString("secret")).startsWith("whsec_");
            String number = Members.admit();

            suspend(number);

            Receiver.Request request = receiver.await(about(number), 1, PATIENCE).get(0);
            assertThat(request.header("X-Registry-Event")).isEqualTo("MEMBER_STATUS_CHANGED");
            assertThat(request.header("X-Registry-Delivery")).isNotBlank();
            assertThat(request.header("Content-Type")).startsWith("application/json");
            assertThat(request.header("X-Registry-Signature")).isEqualTo("sha256=" + hmac(webhook.getString("secret"), request.body()));
            assertThat(request.header("X-Registry-Signature")).isNotEqualTo("sha256=" + hmac("whsec_another-secret", request.body()));
            JsonObject event = json(request.body());
            assertThat(event.getString("type")).isEqualTo("MEMBER_STATUS_CHANGED");
            assertThat(event.getJsonObject("member").getString("status")).isEqualTo("SUSPENDED");
            assertThat(event).isEqualTo(feedEvent(event.getString("cursor")));
            assertThat(receiver.requests()).as("only the subscribed event type, not the member's creation")
                    .noneMatch(other -> other.header("X-Registry-Event").equals("MEMBER_CREATED"));

            JsonObject delivery = awaitDelivery(webhook, request.header("X-Registry-Delivery"), "DELIVERED");
            assertThat(delivery.getInt("attempts")).isEqualTo(1);
            assertThat(delivery.getInt("responseStatus")).isEqualTo(200);
            assertThat(delivery.getString("cursor")).isEqualTo(event.getString("cursor"));
            assertThat(delivery.getString("event")).isEqualTo("MEMBER_STATUS_CHANGED");
        }
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdAndThenDelivered() throws Exception {
        try (var receiver = new Receiver(500)) {
            JsonObject webhook = subscribe(receiver.url(), "MEMBER_STATUS_CHANGED");
            String number = Members.admit();

            suspend(number);

            List<Receiver.Request> attempts = receiver.await(about(number), 2, PATIENCE);
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(1).header("X-Registry-Delivery")).isEqualTo(attempts.get(0).header("X-Registry-Delivery"));
            assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
            JsonObject delivery = awaitDelivery(webhook, attempts.get(0).header("X-Registry-Delivery"), "DELIVERED");
            assertThat(delivery.getInt("attempts")).isEqualTo(2);
            assertThat(delivery.getInt("responseStatus")).isEqualTo(200);
        }
    }

    @Test
    void aDeliveryThatKeepsFailingIsMarkedFailedAfterTheLastAttempt() throws Exception {
        try (var receiver = new Receiver(503, 503, 503, 503, 503)) {
            JsonObject webhook = subscribe(receiver.url(), "MEMBER_STATUS_CHANGED");
            String number = Members.admit();

            suspend(number);

            String id = receiver.await(about(number), 1, PATIENCE).get(0).header("X-Registry-Delivery");
            JsonObject delivery = awaitDelivery(webhook, id, "FAILED");
            assertThat(delivery.getInt("attempts")).isEqualTo(3);
            assertThat(delivery.getInt("responseStatus")).isEqualTo(503);
            assertThat(delivery.getString("error")).contains("503");
            assertThat(delivery).doesNotContainKey("nextAttemptAt");
            Thread.sleep(3000);
            assertThat(receiver.await(about(number), 4, Duration.ZERO)).as("no attempt after the last").hasSize(3);
            assertThat(partner.get(deliveries(webhook) + "?status=FAILED").json().getJsonArray("items").getValuesAs(JsonObject.class))
                    .extracting(item -> item.getString("id")).contains(id);
        }
    }

    @Test
    void aReceiverThatStallsMidAnswerDelaysNoOtherPartner() throws Exception {
        try (var stalling = new StallingReceiver(); var healthy = new Receiver()) {
            JsonObject stalled = subscribe(stalling.url(), "MEMBER_STATUS_CHANGED");
            subscribe(healthy.url(), "MEMBER_STATUS_CHANGED");
            String first = Members.admit();
            String second = Members.admit();

            long start = System.nanoTime();
            suspend(first);
            suspend(second);

            healthy.await(about(second), 1, PATIENCE);
            Duration healthyAfter = Duration.ofNanos(System.nanoTime() - start);
            assertThat(healthyAfter).as("the healthy receiver's wait").isLessThan(Duration.ofSeconds(20));
            assertThat(stalling.requests()).as("the stalling receiver was called").isPositive();
            JsonObject attempt = awaitAny(stalled);
            assertThat(attempt.getString("error")).as("the whole exchange is bounded, and the log says why in words").isEqualTo("timeout");
        }
    }

    @Test
    void theDeliveryLogSaysWhyInWordsNeverAJavaClass() throws Exception {
        String url;
        try (var receiver = new Receiver()) {
            url = receiver.url();
        }
        JsonObject webhook = subscribe(url, "MEMBER_STATUS_CHANGED"); // nobody listens there now
        suspend(Members.admit());

        assertThat(awaitAny(webhook).getString("error")).isEqualTo("connection refused");
    }

    @Test
    void theChangeIsCommittedWhileTheReceiverIsDown() throws Exception {
        String url;
        try (var receiver = new Receiver()) {
            url = receiver.url();
        }
        JsonObject webhook = subscribe(url, "MEMBER_STATUS_CHANGED"); // nobody listens there now
        String number = Members.admit();

        suspend(number);

        assertThat(SECRETARIAT.get("/api/v1/members/" + number).json().getString("status")).isEqualTo("SUSPENDED");
        JsonObject delivery = awaitAny(webhook);
        assertThat(delivery.getString("error")).isNotBlank();
        assertThat(delivery.getString("status")).isIn("PENDING", "FAILED");
    }

    @Test
    void partnersSeeOnlyTheirOwnWebhooksAndTheSecretariatSeesAll() {
        JsonObject webhook = subscribe("http://127.0.0.1:9/nowhere", "MEMBER_CREATED");
        String path = "/api/v1/webhooks/" + webhook.getInt("id");
        RegistryHttp other = RegistryHttp.registry().as(Identities.newPartner());

        assertThat(partner.get(path).json()).doesNotContainKey("secret");
        assertThat(partner.get(path).json().getString("url")).isEqualTo("http://127.0.0.1:9/nowhere");
        assertProblem(other.get(path), 404);
        assertProblem(other.get(path + "/deliveries"), 404);
        assertProblem(other.delete(path), 404);
        assertThat(ids(other.get("/api/v1/webhooks?limit=200").json())).doesNotContain(webhook.getInt("id"));
        assertThat(ids(partner.get("/api/v1/webhooks?limit=200").json())).contains(webhook.getInt("id"));
        assertThat(SECRETARIAT.get(path).status()).isEqualTo(200);
        assertThat(SECRETARIAT.get(path + "/deliveries").status()).isEqualTo(200);
        assertProblem(SECRETARIAT.post("/api/v1/webhooks", "{\"url\": \"https://partner.example/x\", \"events\": [\"MEMBER_CREATED\"]}"), 403);
        assertProblem(RegistryHttp.registry().as(Identities.newRepresentative(Members.shared())).get("/api/v1/webhooks"), 403);

        assertThat(partner.delete(path).status()).isEqualTo(204);
        assertProblem(partner.get(path), 404);
    }

    @Test
    void badSubscriptionsAreRefusedNamingEachField() {
        assertInvalid(partner.post("/api/v1/webhooks", "{\"url\": \"ftp://partner.example/x\", \"events\": []}"), "url", "events");
        assertInvalid(partner.post("/api/v1/webhooks", "{\"url\": \"https://user:pw@partner.example/x\", \"events\": [\"MEMBER_CREATED\", \"MEMBER_DELETED\"]}"),
                "url", "events[1]");
        assertInvalid(partner.post("/api/v1/webhooks", "{\"url\": \"not a url\", \"events\": [\"MEMBER_CREATED\"]}"), "url");
        assertInvalid(partner.post("/api/v1/webhooks", "{\"events\": [\"MEMBER_CREATED\"]}"), "url");
        JsonObject webhook = subscribe("https://partner.example/events", "MEMBER_CREATED");
        assertInvalid(partner.get(deliveries(webhook) + "?status=LOST"), "status");
    }

    private static JsonObject subscribe(String url, String... events) {
        var body = Json.createObjectBuilder().add("url", url).add("events", Json.createArrayBuilder(List.of(events))).build();
        RegistryHttp.Answer answer = partner.post("/api/v1/webhooks", body.toString());
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        SUBSCRIBED.add("/api/v1/webhooks/" + answer.json().getInt("id"));
        assertThat(answer.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/webhooks/" + answer.json().getInt("id")));
        return answer.json();
    }

    private static void suspend(String number) {
        String etag = SECRETARIAT.get("/api/v1/members/" + number).header("ETag").orElseThrow();
        RegistryHttp.Answer answer = SECRETARIAT.post("/api/v1/members/" + number + "/status", "{\"status\": \"SUSPENDED\", \"reason\": \"Webhook test.\"}",
                "If-Match", etag);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    }

    private static java.util.function.Predicate<Receiver.Request> about(String number) {
        return request -> json(request.body()).getString("memberNumber").equals(number);
    }

    private static JsonObject feedEvent(String cursor) {
        long before = Long.parseLong(cursor) - 1;
        return SECRETARIAT.get("/api/v1/changes?after=" + before + "&limit=1").json().getJsonArray("items").getJsonObject(0);
    }

    private static String deliveries(JsonObject webhook) {
        return "/api/v1/webhooks/" + webhook.getInt("id") + "/deliveries";
    }

    private static JsonObject awaitDelivery(JsonObject webhook, String id, String status) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            for (JsonObject delivery : partner.get(deliveries(webhook)).json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (delivery.getString("id").equals(id) && delivery.getString("status").equals(status)) {
                    return delivery;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("delivery " + id + " never became " + status + ": " + partner.get(deliveries(webhook)).body());
    }

    private static JsonObject awaitAny(JsonObject webhook) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var items = partner.get(deliveries(webhook)).json().getJsonArray("items").getValuesAs(JsonObject.class);
            var attempted = items.stream().filter(item -> item.getInt("attempts") > 0 && item.containsKey("error")).findFirst();
            if (attempted.isPresent()) {
                return attempted.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no attempt logged: " + partner.get(deliveries(webhook)).body());
    }

    private static List<Integer> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(item -> item.getInt("id")).toList();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
