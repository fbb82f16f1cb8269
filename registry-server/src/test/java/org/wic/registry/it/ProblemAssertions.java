package org.wic.registry.it;

import jakarta.json.JsonObject;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What every error answer must be: RFC 9457 problem+json that gives nothing of the server away. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static JsonObject assertProblem(RegistryHttp.Answer answer, int status) {
        assertThat(answer.status()).as("status of %s", answer).isEqualTo(status);
        assertThat(answer.contentType()).as("content type of %s", answer).startsWith("application/problem+json");
        JsonObject problem = answer.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("type", "")).isNotBlank();
        assertThat(problem.getString("title", "")).isNotBlank();
        assertThat(problem.getString("detail", "")).isNotBlank();
        assertThat(answer.body()).as("nothing of the server's internals")
                .doesNotContainPattern("(?i)exception|\\bat [a-z]+\\.[a-z]+\\.|sqlstate|select |eclipselink|jdbc|payara|glassfish|org\\.wic");
        return problem;
    }

    /** A 400 validation problem naming exactly these fields. */
    public static JsonObject assertInvalid(RegistryHttp.Answer answer, String... fields) {
        JsonObject problem = assertProblem(answer, 400);
        assertThat(problem.getString("type")).isEqualTo("urn:wic:registry:problem:invalid-input");
        List<String> named = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertThat(named).containsExactlyInAnyOrder(fields);
        return problem;
    }
}
