package org.wic.registry.it.limits;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Imports;
import org.wic.registry.it.RegistryHttp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies are capped: 1 MiB of JSON, 50 MiB for the members import; over it, a 413 problem. */
class BodyLimitIT {

    private static final String TWO_MIB_NAME = "{\"legalName\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";

    private static final HttpClient HTTP_1_1 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void aJsonBodyOverOneMebibyteIsRefusedBeforeItIsRead() throws IOException, InterruptedException {
        // as curl sends large bodies: the client waits for "100 Continue", which a refused body never gets
        var request = HttpRequest.newBuilder(RegistryHttp.BASE.resolve("/api/v1/applications"))
                .header("Content-Type", "application/json").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(TWO_MIB_NAME))
                .build();
        HttpResponse<String> answer = HTTP_1_1.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"status\":413");
    }

    @Test
    void aChunkedBodyIsCountedAsItArrivesAndStoppedAtTheLimit() throws IOException, InterruptedException {
        // no Content-Length: the body comes in chunks, and only reading it shows its size
        var request = HttpRequest.newBuilder(RegistryHttp.BASE.resolve("/api/v1/applications"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(TWO_MIB_NAME.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> answer = HTTP_1_1.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theImportTakesLargerFiles() {
        String header = "number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,addressCity,"
                + "addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary\r\n";
        String file = header + ",Big File Ltd,,ENTERPRISE,KE,FULL,ACTIVE,2020-01-01,,\"" + "d".repeat(2 * 1024 * 1024) + "\",,,,,,A,,a@example.org,,true\r\n";

        JsonObject job = Imports.run(file);

        Imports.assertFailed(job, "description");
        assertThat(job.toString()).as("read whole and checked: the description is too long, not the file").contains("at most");
    }
}
