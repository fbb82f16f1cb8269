package org.wic.registry.it.problem;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** What the container refuses by itself is problem+json too, and the server never announces itself. */
class ContainerErrorsIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void anUnknownApiPathIsA404Problem() {
        var problem = assertProblem(registry.get("/api/v1/no-such-thing"), 404);

        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(problem.getString("detail")).contains("/api/v1/no-such-thing");
    }

    @Test
    void anUnknownPathOutsideTheApiIsA404ProblemToo() {
        assertProblem(registry.get("/no-such-page"), 404);
        assertProblem(registry.get("/api-docs/no-such-file.js"), 404);
    }

    @Test
    void aMethodTheResourceDoesNotHaveIsA405ProblemNamingTheAllowedOnes() {
        RegistryHttp.Answer answer = registry.send("DELETE", "/api/v1/countries/FR", null, null);

        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
        assertProblem(registry.send("POST", "/api/v1/continents", "application/json", "{}"), 405);
    }

    @Test
    void anAcceptHeaderTheApiCannotServeIsA406Problem() {
        assertProblem(registry.get("/api/v1/countries/FR", "Accept", "application/xml"), 406);
    }

    @Test
    void theServerDoesNotAnnounceItself() {
        RegistryHttp.Answer answer = registry.get("/api/v1/continents");

        assertThat(answer.header("X-Powered-By")).isEmpty();
        assertThat(answer.header("Server").orElse("")).doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish");
    }
}
