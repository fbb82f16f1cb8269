package org.wic.registry.it.problem;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.RegistryHttp;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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
    void aLongQueryParameterReachesTheRegistryAndIsAProblem() throws Exception {
        // HTTP/1.1, as curl and most clients speak it (over HTTP/2 the header limits are the protocol's own),
        // on a client of its own: the shared one keeps its connections for the other tests
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(RegistryHttp.BASE.resolve("/api/v1/members?continent=" + "x".repeat(10_000)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(new RegistryHttp.Answer(answer.statusCode(), answer.headers(), answer.body()), 400);
    }
}
