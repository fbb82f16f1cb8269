package org.wic.registry.it.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * Every endpoint so far, for every kind of caller: allowed (any answer but 401 and 403), or 401
 * (no credentials) or 403 (the wrong role), both as problems. Requests that pass the check aim at
 * things that do not exist or carry bad input, so the matrix changes nothing.
 */
class RoleMatrixIT {

    enum Caller { ANONYMOUS, PARTNER, MEMBER, SECRETARIAT }

    /** What each caller gets: A = allowed, 401, 403. */
    record Rule(String method, String path, String body, String anonymous, String partner, String member, String secretariat) {
        String expectation(Caller caller) {
            return switch (caller) {
                case ANONYMOUS -> anonymous;
                case PARTNER -> partner;
                case MEMBER -> member;
                case SECRETARIAT -> secretariat;
            };
        }
    }

    private static final String BAD_BODY = "{}";
    private static final Rule[] RULES = {
            new Rule("GET", "/api/v1/continents", null, "A", "A", "A", "A"),
            new Rule("GET", "/api/v1/continents/EU", null, "A", "A", "A", "A"),
            new Rule("GET", "/api/v1/countries", null, "A", "A", "A", "A"),
            new Rule("GET", "/api/v1/countries/FR", null, "A", "A", "A", "A"),
            new Rule("GET", "/api/v1/me", null, "401", "A", "A", "A"),
            new Rule("PUT", "/api/v1/me/password", BAD_BODY, "401", "403", "A", "A"),
            new Rule("POST", "/api/v1/users", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/users", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/users/no-such-user", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/users/no-such-user/disable", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/users/no-such-user/enable", null, "401", "403", "403", "A"),
            new Rule("PUT", "/api/v1/users/no-such-user/password", BAD_BODY, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/api-keys", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/api-keys", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/api-keys/999999999", null, "401", "403", "403", "A"),
            new Rule("DELETE", "/api/v1/api-keys/999999999", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/audit", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/tiers", null, "A", "A", "A", "A"),
            new Rule("GET", "/api/v1/tiers/FULL", null, "A", "A", "A", "A"),
            new Rule("POST", "/api/v1/tiers", BAD_BODY, "401", "403", "403", "A"),
            new Rule("PUT", "/api/v1/tiers/NO_SUCH_TIER", BAD_BODY, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/tiers/NO_SUCH_TIER/deactivate", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/tiers/NO_SUCH_TIER/activate", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/applications", BAD_BODY, "A", "A", "A", "A"),
            new Rule("GET", "/api/v1/applications", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/applications/999999999", null, "A", "A", "A", "A"),
            new Rule("POST", "/api/v1/applications/999999999/provide-information", BAD_BODY, "A", "A", "A", "A"),
            new Rule("POST", "/api/v1/applications/999999999/withdraw", null, "A", "A", "A", "A"),
            new Rule("POST", "/api/v1/applications/999999999/start-review", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/applications/999999999/request-information", BAD_BODY, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/applications/999999999/approve", BAD_BODY, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/applications/999999999/reject", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/members", null, "A", "A", "A", "A"),
            new Rule("GET", "/api/v1/members/WIC-999999", null, "A", "A", "A", "A"),
            new Rule("PATCH", "/api/v1/members/WIC-999999", BAD_BODY, "401", "403", "A", "A"),
            new Rule("POST", "/api/v1/members/WIC-999999/status", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/members/WIC-999999/status-history", null, "401", "403", "A", "A"),
            new Rule("POST", "/api/v1/members/WIC-999999/tier", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/members/WIC-999999/contacts", null, "401", "403", "A", "A"),
            new Rule("POST", "/api/v1/members/WIC-999999/contacts", BAD_BODY, "401", "403", "A", "A"),
            new Rule("PATCH", "/api/v1/members/WIC-999999/contacts/1", BAD_BODY, "401", "403", "A", "A"),
            new Rule("DELETE", "/api/v1/members/WIC-999999/contacts/1", null, "401", "403", "A", "A"),
            new Rule("GET", "/api/v1/statistics/members", null, "A", "A", "A", "A"),
            new Rule("GET", "/api/v1/statistics/dues?year=2026", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/dues-runs", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/dues-runs", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/dues-runs/999999999", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/dues-runs/999999999/resume", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/invoices", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/invoices/1999-999999", null, "401", "403", "A", "A"),
            new Rule("POST", "/api/v1/invoices/1999-999999/payments", BAD_BODY, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/invoices/1999-999999/waive", BAD_BODY, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/invoices/1999-999999/void", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/payments/999999999", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/payments/999999999/reversal", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/members/WIC-999999/statement", null, "401", "403", "A", "A"),
            new Rule("POST", "/api/v1/arrears-checks", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/changes?limit=1", null, "401", "A", "403", "A"),
            new Rule("GET", "/api/v1/statistics/applications", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/webhooks", BAD_BODY, "401", "A", "403", "403"),
            new Rule("GET", "/api/v1/webhooks", null, "401", "A", "403", "A"),
            new Rule("GET", "/api/v1/webhooks/999999999", null, "401", "A", "403", "A"),
            new Rule("DELETE", "/api/v1/webhooks/999999999", null, "401", "A", "403", "A"),
            new Rule("GET", "/api/v1/webhooks/999999999/deliveries", null, "401", "A", "403", "A"),
            new Rule("GET", "/api/v1/exports/members.csv", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/exports/directory.csv?continent=XX", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/exports/invoices.csv", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/exports/payments.csv", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/imports/members", BAD_BODY, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/imports/1", null, "401", "403", "403", "A"),
            new Rule("GET", "/api/v1/personal-data?email=nobody", null, "401", "403", "403", "A"),
            new Rule("POST", "/api/v1/personal-data/erase", BAD_BODY, "401", "403", "403", "A"),
    };

    private static Map<Caller, Optional<Credentials>> credentials;

    @BeforeAll
    static void callers() {
        credentials = Map.of(
                Caller.ANONYMOUS, Optional.empty(),
                Caller.PARTNER, Optional.of(Identities.newPartner()),
                Caller.MEMBER, Optional.of(Identities.newAccount("MEMBER")),
                Caller.SECRETARIAT, Optional.of(Identities.newAccount("SECRETARIAT")));
    }

    static Stream<Arguments> matrix() {
        return Stream.of(RULES).flatMap(rule -> Stream.of(Caller.values()).map(caller -> Arguments.of(rule.method() + " " + rule.path(), caller, rule)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachCallerGetsWhatItsRoleAllows(String endpoint, Caller caller, Rule rule) {
        RegistryHttp client = credentials.get(caller).map(RegistryHttp.registry()::as).orElse(RegistryHttp.registry());

        String contentType = rule.body() == null ? null : rule.method().equals("PATCH") ? "application/merge-patch+json"
                : rule.path().startsWith("/api/v1/imports/") ? "text/csv" : "application/json";
        RegistryHttp.Answer answer = client.send(rule.method(), rule.path(), contentType, rule.body());

        switch (rule.expectation(caller)) {
            case "A" -> assertThat(answer.status()).as("%s as %s: %s", endpoint, caller, answer).isNotIn(401, 403, 500);
            case "401" -> assertProblem(answer, 401);
            case "403" -> assertProblem(answer, 403);
            default -> throw new IllegalStateException(rule.expectation(caller));
        }
    }
}
