package org.wic.registry.it.openapi;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document at /openapi describes every endpoint completely enough to build a client from it. */
class OpenApiDocumentIT {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void servesYamlByDefaultAndJsonOnRequest() {
        assertThat(registry.get("/openapi").body()).startsWith("openapi: 3.");
        assertThat(document().getString("openapi")).startsWith("3.");
    }

    @Test
    void documentsTheReferenceDataEndpoints() {
        JsonObject paths = document().getJsonObject("paths");

        assertThat(paths.keySet()).contains("/api/v1/continents", "/api/v1/continents/{code}",
                "/api/v1/countries", "/api/v1/countries/{code}");
        assertThat(responses(paths, "/api/v1/countries")).containsKeys("200", "304", "400", "406");
        assertThat(responses(paths, "/api/v1/countries/{code}")).containsKeys("200", "304", "404", "406");
        assertThat(responses(paths, "/api/v1/continents/{code}")).containsKeys("200", "304", "404", "406");
        assertThat(paths.getJsonObject("/api/v1/countries").getJsonObject("get").getJsonArray("parameters")
                .getValuesAs(JsonObject.class)).extracting(p -> p.getString("name")).containsExactlyInAnyOrder("continent", "q");
    }

    @Test
    void everyOperationHasAUniqueIdASummaryAndAnExampleOfItsAnswer() {
        var ids = new ArrayList<String>();
        forEachOperation((path, operation) -> {
            ids.add(operation.getString("operationId", path));
            assertThat(operation.getString("summary", "")).as("summary of %s", path).isNotBlank();
            JsonObject ok = operation.getJsonObject("responses").getJsonObject("200");
            if (ok != null && ok.containsKey("content")) {
                JsonObject json = ok.getJsonObject("content").getJsonObject("application/json");
                if (json == null) { // CSV: an example of the text
                    ok.getJsonObject("content").values().forEach(media -> assertThat(media.asJsonObject().containsKey("example")
                            || media.asJsonObject().containsKey("examples")).as("example for %s", path).isTrue());
                    return;
                }
                assertThat(json.containsKey("examples") || json.containsKey("example")).as("example for %s", path).isTrue();
                json.getJsonObject("examples").values().forEach(example ->
                        assertThat(example.asJsonObject().get("value").getValueType())
                                .as("example of %s is JSON, not a string", path).isEqualTo(JsonValue.ValueType.OBJECT));
            }
        });
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void pathParametersAreRequired() {
        forEachOperation((path, operation) -> {
            if (operation.containsKey("parameters")) {
                operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                        .filter(p -> !p.containsKey("$ref") && p.getString("in").equals("path"))
                        .forEach(p -> assertThat(p.getBoolean("required")).as("%s in %s", p.getString("name"), path).isTrue());
            }
        });
    }

    @Test
    void paginatedOperationsShareTheLimitAndCursorParameters() {
        JsonObject document = document();
        JsonObject users = document.getJsonObject("paths").getJsonObject("/api/v1/users").getJsonObject("get");

        assertThat(users.getJsonArray("parameters").getValuesAs(JsonObject.class)).extracting(p -> p.getString("$ref"))
                .containsExactly("#/components/parameters/Limit", "#/components/parameters/Cursor");
        assertThat(users.getJsonArray("parameters").getJsonObject(0).keySet()).containsExactly("$ref");
        JsonObject limit = document.getJsonObject("components").getJsonObject("parameters").getJsonObject("Limit");
        assertThat(limit.getString("name")).isEqualTo("limit");
        assertThat(limit.getJsonObject("schema").getInt("maximum")).isEqualTo(200);
    }

    @Test
    void schemasCarryNoConstraintsThatWouldRejectValidAnswers() {
        // Payara copies @Schema defaults such as "maxProperties: 0" into the document unless corrected
        String json = registry.get("/openapi", "Accept", "application/json").body();

        assertThat(json).doesNotContain("\"maxProperties\":0", "\"maxProperties\": 0", "\"minLength\": 0", "\"minLength\":0");
    }

    @Test
    void describesProblemsAndTheSecuritySchemes() {
        JsonObject components = document().getJsonObject("components");

        assertThat(components.getJsonObject("schemas").getJsonObject("Problem").getJsonObject("properties").keySet())
                .contains("type", "title", "status", "detail", "errors");
        JsonObject schemes = components.getJsonObject("securitySchemes");
        assertThat(schemes.getJsonObject("account").getString("type")).isEqualTo("http");
        assertThat(schemes.getJsonObject("account").getString("scheme")).isEqualTo("basic");
        assertThat(schemes.getJsonObject("partnerKey").getString("type")).isEqualTo("apiKey");
        assertThat(schemes.getJsonObject("partnerKey").getString("in")).isEqualTo("header");
        assertThat(schemes.getJsonObject("partnerKey").getString("name")).isEqualTo("X-API-Key");
    }

    @Test
    void everyAnswerAnnouncesTheRateLimitAndEveryOperationItsRefusal() throws java.io.IOException {
        JsonObject document = document();
        forEachOperation((path, operation) -> {
            assertThat(operation.getJsonObject("responses")).as("responses of %s", path).containsKey("429");
            operation.getJsonObject("responses").forEach((status, response) -> {
                JsonObject answer = response.asJsonObject();
                JsonObject headers = answer.containsKey("$ref") ? component(document, answer.getString("$ref")).getJsonObject("headers")
                        : answer.getJsonObject("headers");
                assertThat(headers).as("headers of %s %s", path, status).containsKeys("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
            });
        });
        // the document as served, for the OpenAPI lint of the build (.ci/run: Spectral with the OWASP rules)
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), registry.get("/openapi", "Accept", "application/json").body());
    }

    private static JsonObject component(JsonObject document, String ref) {
        JsonValue target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.asJsonObject().get(part);
        }
        return target.asJsonObject();
    }

    private JsonObject document() {
        RegistryHttp.Answer answer = registry.get("/openapi", "Accept", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static Map<String, JsonValue> responses(JsonObject paths, String path) {
        return paths.getJsonObject(path).getJsonObject("get").getJsonObject("responses");
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonObject> check) {
        JsonObject paths = document().getJsonObject("paths");
        assertThat(paths).isNotEmpty();
        paths.forEach((path, item) -> METHODS.stream().filter(item.asJsonObject()::containsKey)
                .forEach(method -> check.accept(method.toUpperCase() + " " + path, item.asJsonObject().getJsonObject(method))));
    }
}
