package org.wic.registry.it.problem;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** What the server answers before a resource runs is a problem too: a path no resource has, a method a static path lacks. */
class ContainerErrorsIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void aPatchOnAPathOutsideTheResourcesIsA405NotA501() {
        RegistryHttp.Answer answer = registry.patch("/api/v1/members/..%2F..%2F", "{}");

        assertProblem(answer, 405);
        assertThat(answer.header("Allow")).hasValue("GET, HEAD, OPTIONS");
    }

    @Test
    void aLongQueryParameterReachesTheRegistryAndIsAProblem() {
        assertProblem(registry.get("/api/v1/members?continent=" + "x".repeat(10_000)), 400);
    }
}
