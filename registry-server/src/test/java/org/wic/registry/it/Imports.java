package org.wic.registry.it;

import jakarta.json.JsonObject;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Members imports as the secretariat runs them: POST the file (202, Location), follow the import to its end. */
public final class Imports {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private Imports() {
    }

    public static RegistryHttp.Answer post(String csv, String... headers) {
        return SECRETARIAT.send("POST", "/api/v1/imports/members", "text/csv", csv, headers);
    }

    /** Imports the file and answers the import once it has ended. */
    public static JsonObject run(String csv) {
        return awaitEnd(post(csv));
    }

    /** The import a POST answered (202, Location naming it), once it has ended. */
    public static JsonObject awaitEnd(RegistryHttp.Answer accepted) {
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
        String location = URI.create(accepted.header("Location").orElseThrow()).getPath();
        assertThat(location).matches("/api/v1/imports/\\d+");
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            JsonObject job = SECRETARIAT.get(location).json();
            if (!job.getString("status").equals("RUNNING")) {
                return job;
            }
            assertThat(Instant.now()).as("import %s still running", location).isBefore(deadline);
            sleep();
        }
    }

    /** An import that ended FAILED, naming exactly these columns (in any order); nothing written. */
    public static JsonObject assertFailed(JsonObject job, String... fields) {
        assertThat(job.getString("status")).as("%s", job).isEqualTo("FAILED");
        assertThat(job.containsKey("written")).as("nothing written").isFalse();
        List<String> named = job.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(error -> error.getString("field")).toList();
        assertThat(named).containsExactlyInAnyOrder(fields);
        return job;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
