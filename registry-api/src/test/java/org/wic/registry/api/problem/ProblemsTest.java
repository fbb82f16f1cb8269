package org.wic.registry.api.problem;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.ProblemType;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    @Test
    void aPlainStatusIsAboutBlankWithTheStatusPhraseAsTitle() {
        Problem problem = Problems.ofStatus(405, "No.");

        assertThat(problem.type()).isEqualTo(URI.create("about:blank"));
        assertThat(problem.title()).isEqualTo("Method Not Allowed");
        assertThat(problem.status()).isEqualTo(405);
        assertThat(problem.errors()).isNull();
    }

    @Test
    void statusesJaxRsHasNoConstantForStillGetTheirPhrase() {
        assertThat(Problems.ofStatus(429, "x").title()).isEqualTo("Too Many Requests");
        assertThat(Problems.ofStatus(428, "x").title()).isEqualTo("Precondition Required");
        assertThat(Problems.ofStatus(422, "x").title()).isEqualTo("Unprocessable Content");
    }

    @Test
    void typedProblemsCarryTheirUrnAndTitle() {
        Problem problem = Problems.of(ProblemType.INVALID_INPUT, 400, "q: too long", List.of(new Problem.FieldProblem("q", "too long")));

        assertThat(problem.type()).isEqualTo(URI.create("urn:wic:registry:problem:invalid-input"));
        assertThat(problem.title()).isEqualTo("Invalid input");
        assertThat(problem.errors()).containsExactly(new Problem.FieldProblem("q", "too long"));
    }

    @Test
    void noErrorsMeansTheMemberIsLeftOut() {
        assertThat(Problems.of(ProblemType.MALFORMED_JSON, 400, "x", List.of()).errors()).isNull();
    }
}
