package org.wic.registry.it.problem;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.it.Deployments;
import org.wic.registry.it.RegistryHttp;

import java.net.URISyntaxException;
import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * The registry's JSON and problem handling for request bodies, over HTTP, with the registry's own
 * API classes and a probe resource that takes a validated body.
 */
@ExtendWith(ArquillianExtension.class)
class ProblemMappingIT {

    private static final String JSON = "application/json";
    private static final String VALID = """
            {"name": "Probe", "count": 2, "contact": {"name": "Ada", "email": "ada@example.org"}}""";

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.api("problem-mapping-it").addClass(ProbeResource.class);
    }

    @Test
    void aValidBodyIsAccepted() {
        RegistryHttp.Answer answer = post(VALID);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getJsonObject("contact").getString("email")).isEqualTo("ada@example.org");
    }

    @Test
    void malformedJsonIsA400Problem() {
        JsonObject problem = assertProblem(post("{\"name\": "), 400);

        assertThat(problem.getString("type")).isEqualTo("urn:wic:registry:problem:malformed-json");
    }

    @Test
    void aValueOfTheWrongTypeIsA400Problem() {
        assertProblem(post(VALID.replace("\"count\": 2", "\"count\": \"many\"")), 400);
    }

    @Test
    void anUnknownPropertyIsRefusedByName() {
        JsonObject problem = assertInvalid(post(VALID.replace("\"count\": 2", "\"count\": 2, \"role\": \"SECRETARIAT\"")), "role");

        assertThat(problem.getString("detail")).contains("role");
    }

    @Test
    void beanValidationNamesEveryInvalidFieldIncludingNestedOnes() {
        assertInvalid(post("""
                {"name": "", "count": 0, "contact": {"name": "Ada", "email": "not-an-email"}}"""), "name", "count", "contact.email");
    }

    @Test
    void aMissingBodyIsA400Problem() {
        assertProblem(probe().send("POST", "v1/probe", JSON, ""), 400);
    }

    @Test
    void aBodyThatIsNotJsonIsA415Problem() {
        assertProblem(probe().send("POST", "v1/probe", "text/plain", "name=Probe"), 415);
    }

    @Test
    void aServerFaultIsA500ProblemWithAnIncidentIdAndNothingElse() {
        RegistryHttp.Answer answer = probe().get("v1/probe/failure");

        JsonObject problem = assertProblem(answer, 500);
        assertThat(problem.getString("instance")).startsWith("urn:uuid:");
        assertThat(answer.body()).doesNotContain("password", "SELECT", "IllegalState");
    }

    private RegistryHttp.Answer post(String body) {
        return probe().send("POST", "v1/probe", JSON, body);
    }

    private RegistryHttp probe() {
        try {
            // the probe resource exists only in this test's deployment: no document describes it
            return RegistryHttp.at(deployment.toURI()).outsideTheDocument();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
