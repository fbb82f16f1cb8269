package org.wic.registry.it.application;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** A retried POST with the same Idempotency-Key and body answers the first answer and creates nothing. */
class IdempotentSubmissionIT {

    private final RegistryHttp registry = RegistryHttp.registry();
    private final RegistryHttp secretariat = registry.as(Identities.admin());

    @Test
    void aRetryGetsTheFirstAnswerIncludingTheTokenAndCreatesNothing() {
        String name = Identities.unique("Retried");
        String form = Applicants.form(name).build().toString();
        String key = UUID.randomUUID().toString();

        RegistryHttp.Answer first = registry.post("/api/v1/applications", form, "Idempotency-Key", key);
        RegistryHttp.Answer retry = registry.post("/api/v1/applications", form, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).contains("false");
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(applicationsNamed(name)).isEqualTo(1);
        assertThat(registry.get("/api/v1/applications/" + first.json().getJsonNumber("id"), Applicants.token(retry.json())).status())
                .as("the replayed token works").isEqualTo(200);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        registry.post("/api/v1/applications", Applicants.form(Identities.unique("First")).build().toString(), "Idempotency-Key", key);

        JsonObject problem = assertProblem(registry.post("/api/v1/applications", Applicants.form(Identities.unique("Second")).build().toString(),
                "Idempotency-Key", key), 422);

        assertThat(problem.getString("type")).isEqualTo("urn:wic:registry:problem:idempotency-key-reused");
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String key = UUID.randomUUID().toString();
        assertInvalid(registry.post("/api/v1/applications", Applicants.form("X").build().toString(), "Idempotency-Key", key), "legalName");

        assertThat(registry.post("/api/v1/applications", Applicants.form(Identities.unique("Fixed")).build().toString(),
                "Idempotency-Key", key).status()).isEqualTo(201);
    }

    @Test
    void twinsArrivingAtOnceCreateOneApplication() throws Exception {
        String name = Identities.unique("Twin");
        String form = Applicants.form(name).build().toString();
        String key = UUID.randomUUID().toString();
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<RegistryHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return registry.post("/api/v1/applications", form, "Idempotency-Key", key);
                }));
            }
            start.countDown();
            var ids = new ArrayList<Long>();
            for (Future<RegistryHttp.Answer> answer : answers) {
                RegistryHttp.Answer result = answer.get();
                assertThat(result.status()).as("%s", result).isEqualTo(201);
                ids.add(result.json().getJsonNumber("id").longValue());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(applicationsNamed(name)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyMustBeLongEnoughToBeUnique() {
        assertInvalid(registry.post("/api/v1/applications", Applicants.form(Identities.unique("Short")).build().toString(),
                "Idempotency-Key", "1"), "Idempotency-Key");
    }

    @Test
    void partnerKeysAreIdempotentToo() {
        String name = Identities.unique("Key");
        String key = UUID.randomUUID().toString();

        JsonObject first = secretariat.post("/api/v1/api-keys", "{\"name\": \"" + name + "\"}", "Idempotency-Key", key).json();
        JsonObject retry = secretariat.post("/api/v1/api-keys", "{\"name\": \"" + name + "\"}", "Idempotency-Key", key).json();

        assertThat(retry.getString("key")).isEqualTo(first.getString("key"));
        assertThat(retry.getInt("id")).isEqualTo(first.getInt("id"));
    }

    private long applicationsNamed(String name) {
        return secretariat.get("/api/v1/applications?limit=200&q=" + name).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("legalName").equals(name)).count();
    }
}
