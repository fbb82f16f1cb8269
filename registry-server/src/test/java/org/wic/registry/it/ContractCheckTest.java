package org.wic.registry.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the contract check lets pass and what it reports, on a document of one operation. */
class ContractCheckTest {

    private static final String DOCUMENT = """
            {"openapi": "3.0.3", "info": {"title": "Things", "version": "1"}, "servers": [{"url": "http://localhost"}],
             "paths": {"/api/things/{id}": {"get": {"operationId": "getThing",
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                              {"name": "view", "in": "query", "schema": {"type": "string", "enum": ["short", "long"]}},
                              {"name": "limit", "in": "query", "allowEmptyValue": true, "schema": {"type": "integer"}}],
               "responses": {
                 "200": {"description": "The thing", "headers": {"ETag": {"schema": {"type": "string"}}},
                         "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                 "400": {"description": "Bad view", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["name"], "properties": {
               "name": {"type": "string"}, "size": {"type": "integer"}, "status": {"type": "string", "enum": ["NEW", "OLD"]}}}}}}
            """;
    private static final ContractCheck CHECK = ContractCheck.of(DOCUMENT);

    @Test
    void anAnswerAsDocumentedPasses() {
        assertThat(CHECK.violations(get("/api/things/1?view=long", 200, "{\"name\": \"box\", \"size\": 3, \"status\": \"NEW\"}", "ETag", "\"a1\"")))
                .isEmpty();
    }

    @Test
    void reportsAFieldTheSchemaDoesNotName() {
        assertThat(CHECK.violations(get("/api/things/1", 200, "{\"name\": \"box\", \"colour\": \"red\"}")))
                .singleElement().asString().contains("colour");
    }

    @Test
    void reportsAFieldOfTheWrongTypeAValueOutsideItsEnumAndAMissingRequiredField() {
        assertThat(CHECK.violations(get("/api/things/1", 200, "{\"name\": \"box\", \"size\": \"three\"}"))).singleElement().asString().contains("size");
        assertThat(CHECK.violations(get("/api/things/1", 200, "{\"name\": \"box\", \"status\": \"GONE\"}"))).singleElement().asString().contains("GONE");
        assertThat(CHECK.violations(get("/api/things/1", 200, "{\"size\": 3}"))).singleElement().asString().contains("name");
    }

    @Test
    void reportsAnUndocumentedStatusAndAnUndocumentedHeader() {
        assertThat(CHECK.violations(get("/api/things/1", 404, ""))).singleElement().asString().contains("404");
        assertThat(CHECK.violations(get("/api/things/1", 200, "{\"name\": \"box\"}", "X-Debug", "on")))
                .singleElement().asString().contains("x-debug");
    }

    @Test
    void aForbiddenRequestMustBeRefused() {
        assertThat(CHECK.violations(get("/api/things/1?view=wide", 400, "{\"title\": \"Bad view\"}"))).as("refused, as documented").isEmpty();
        assertThat(CHECK.violations(get("/api/things/1?view=wide", 200, "{\"name\": \"box\"}")))
                .singleElement().asString().contains("accepted (200) a request the document forbids").contains("wide");
    }

    @Test
    void aRequestToNoDocumentedOperationNeedOnlyBeRefused() {
        assertThat(CHECK.violations(get("/api/gadgets/1", 404, "{\"title\": \"Not Found\"}"))).isEmpty();
        assertThat(CHECK.violations(get("/api/gadgets/1", 200, "{\"name\": \"box\"}")))
                .anySatisfy(violation -> assertThat(violation).contains("accepted (200)"));
    }

    @Test
    void anEmptyValueIsAbsentWhereTheDocumentAllowsIt() {
        assertThat(CHECK.violations(get("/api/things/1?limit=", 200, "{\"name\": \"box\"}"))).isEmpty();
        assertThat(CHECK.violations(get("/api/things/1?limit=many", 200, "{\"name\": \"box\"}"))).singleElement().asString()
                .contains("accepted (200)").contains("integer");
    }

    @Test
    void onlyTheApiIsChecked() {
        assertThat(CHECK.violations(get("/health/ready", 200, "{\"status\": \"UP\"}"))).isEmpty();
    }

    private static ContractCheck.Exchange get(String path, int status, String body, String... headers) {
        var answerHeaders = new java.util.HashMap<String, List<String>>();
        answerHeaders.put("Content-Type", List.of(status < 400 ? "application/json" : "application/problem+json"));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            answerHeaders.put(headers[i], List.of(headers[i + 1]));
        }
        return new ContractCheck.Exchange("GET", path, HttpHeaders.of(Map.of(), (name, value) -> true), null, status,
                HttpHeaders.of(answerHeaders, (name, value) -> true), body);
    }
}
