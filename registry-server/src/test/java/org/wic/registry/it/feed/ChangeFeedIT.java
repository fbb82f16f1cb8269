package org.wic.registry.it.feed;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** The change feed as a partner reads it: every directory change once, in commit order, public fields only. */
class ChangeFeedIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());
    private static RegistryHttp partner;

    @BeforeAll
    static void partner() {
        partner = RegistryHttp.registry().as(Identities.newPartner());
    }

    @Test
    void eachDirectoryChangeOnceInOrderWithThePublicFieldsAfterIt() {
        String cursor = end();
        String number = Members.admit();
        patch(number, "{\"displayName\": \"Feed Networks\", \"address\": {\"city\": \"Nairobi\", \"country\": \"KE\"}}");
        patch(number, "{\"address\": {\"city\": \"Mombasa\"}}"); // private only: no event
        assertThat(SECRETARIAT.post("/api/v1/members/" + number + "/status", "{\"status\": \"SUSPENDED\", \"reason\": \"Feed test.\"}",
                "If-Match", etag(number)).status()).isEqualTo(200);
        assertThat(SECRETARIAT.post("/api/v1/members/" + number + "/tier", "{\"tier\": \"STRATEGIC\", \"reason\": \"Feed test.\"}",
                "If-Match", etag(number)).status()).isEqualTo(200);

        List<JsonObject> events = read(cursor).stream().filter(event -> event.getString("memberNumber").equals(number)).toList();

        assertThat(events).extracting(event -> event.getString("type"))
                .containsExactly("MEMBER_CREATED", "MEMBER_UPDATED", "MEMBER_STATUS_CHANGED", "MEMBER_TIER_CHANGED");
        JsonObject last = events.get(3).getJsonObject("member");
        assertThat(last.getString("displayName")).isEqualTo("Feed Networks");
        assertThat(last.getString("status")).isEqualTo("SUSPENDED");
        assertThat(last.getString("tier")).isEqualTo("STRATEGIC");
        assertThat(last.getString("continent")).isEqualTo("AF");
        assertThat(events).allSatisfy(event -> assertThat(event.getJsonObject("member")).doesNotContainKeys("address", "contacts"));
        assertThat(events.toString()).doesNotContain("Nairobi", "Mombasa", "@networks.example");
    }

    @Test
    void aReaderFromItsLastCursorMissesAndRepeatsNothingWhileWritersWrite() throws Exception {
        String start = end();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            numbers.add(Members.admit());
        }
        int patchesEach = 8;
        ExecutorService pool = Executors.newFixedThreadPool(numbers.size() + 1);
        var writing = new AtomicBoolean(true);
        List<JsonObject> seen = new ArrayList<>();
        Future<?> reader = pool.submit(() -> {
            String cursor = start;
            while (writing.get()) {
                List<JsonObject> page = readPage(cursor);
                seen.addAll(page);
                cursor = page.isEmpty() ? cursor : page.get(page.size() - 1).getString("cursor");
            }
            for (List<JsonObject> page = readPage(cursor); !page.isEmpty(); page = readPage(cursor)) {
                seen.addAll(page);
                cursor = page.get(page.size() - 1).getString("cursor");
            }
            return null;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (String number : numbers) {
            writers.add(pool.submit(() -> {
                for (int i = 0; i < patchesEach; i++) {
                    patch(number, "{\"description\": \"Edit " + i + "\"}");
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        List<Long> sequences = seen.stream().map(event -> Long.parseLong(event.getString("cursor"))).toList();
        assertThat(sequences).as("strictly increasing: nothing repeated, in commit order").isSorted().doesNotHaveDuplicates();
        Map<String, Integer> updates = new HashMap<>();
        seen.stream().filter(event -> event.getString("type").equals("MEMBER_UPDATED"))
                .forEach(event -> updates.merge(event.getString("memberNumber"), 1, Integer::sum));
        for (String number : numbers) {
            assertThat(updates.get(number)).as("updates of %s seen", number).isEqualTo(patchesEach);
        }
    }

    @Test
    void forPartnersAndTheSecretariatOnly() {
        assertProblem(RegistryHttp.registry().get("/api/v1/changes"), 401);
        assertProblem(RegistryHttp.registry().as(Identities.newAccount("MEMBER")).get("/api/v1/changes"), 403);
        assertThat(SECRETARIAT.get("/api/v1/changes?limit=1").status()).isEqualTo(200);
        assertInvalid(partner.get("/api/v1/changes?after=-1&limit=0"), "after", "limit");
    }

    /** The cursor after the last event now. */
    private static String end() {
        String cursor = "0";
        for (List<JsonObject> page = readPage(cursor); !page.isEmpty(); page = readPage(cursor)) {
            cursor = page.get(page.size() - 1).getString("cursor");
        }
        return cursor;
    }

    private static List<JsonObject> read(String after) {
        List<JsonObject> events = new ArrayList<>();
        String cursor = after;
        for (List<JsonObject> page = readPage(cursor); !page.isEmpty(); page = readPage(cursor)) {
            events.addAll(page);
            cursor = page.get(page.size() - 1).getString("cursor");
        }
        return events;
    }

    private static List<JsonObject> readPage(String after) {
        RegistryHttp.Answer answer = partner.get("/api/v1/changes?limit=500&after=" + after);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void patch(String number, String body) {
        for (int attempt = 0; ; attempt++) {
            String etag = SECRETARIAT.get("/api/v1/members/" + number).header("ETag").orElseThrow();
            RegistryHttp.Answer answer = SECRETARIAT.patch("/api/v1/members/" + number, body, "If-Match", etag);
            if (answer.status() == 200 || attempt > 5) {
                assertThat(answer.status()).as("%s", answer).isEqualTo(200);
                return;
            }
        }
    }

    private static String etag(String number) {
        return SECRETARIAT.get("/api/v1/members/" + number).header("ETag").orElseThrow();
    }
}
