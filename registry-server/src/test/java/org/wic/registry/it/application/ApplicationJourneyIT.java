package org.wic.registry.it.application;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** From application to member, as the applicant and the secretariat live it. */
class ApplicationJourneyIT {

    private final RegistryHttp registry = RegistryHttp.registry();
    private final RegistryHttp secretariat = registry.as(Identities.admin());

    @Test
    void submitReviewAskAnswerApproveAndTheMemberIsInTheRegistry() {
        JsonObject submitted = Applicants.submit();
        long id = submitted.getJsonNumber("id").longValue();
        String[] token = Applicants.token(submitted);
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("trackingToken")).startsWith("trk_");

        assertThat(action(id, "start-review", null).getString("status")).isEqualTo("UNDER_REVIEW");
        assertThat(action(id, "request-information", "{\"message\": \"Please send your statutes.\"}").getString("status"))
                .isEqualTo("INFORMATION_REQUESTED");

        JsonObject asked = registry.get("/api/v1/applications/" + id, token).json();
        assertThat(asked.getString("informationRequest")).isEqualTo("Please send your statutes.");
        assertThat(strings(asked, "allowedActions")).containsExactly("provide-information", "withdraw");
        assertThat(asked.containsKey("trackingToken")).as("the token is shown once").isFalse();

        JsonObject answered = registry.post("/api/v1/applications/" + id + "/provide-information",
                "{\"response\": \"Attached to our email.\"}", token).json();
        assertThat(answered.getString("status")).isEqualTo("UNDER_REVIEW");

        JsonObject approved = action(id, "approve", "{\"tier\": \"FULL\", \"note\": \"Welcome.\"}");
        assertThat(approved.getString("status")).isEqualTo("APPROVED");
        String number = approved.getString("memberNumber");
        assertThat(number).matches("WIC-\\d{6,}");
        assertThat(approved.getJsonObject("decision").getString("tier")).isEqualTo("FULL");
        assertThat(registry.get("/api/v1/applications/" + id, token).json().getString("memberNumber")).isEqualTo(number);

        JsonObject member = registry.get("/api/v1/members/" + number).json();
        assertThat(member.getString("legalName")).isEqualTo(submitted.getString("legalName"));
        assertThat(member.getString("tier")).isEqualTo("FULL");
        assertThat(member.getString("status")).isEqualTo("ACTIVE");
        assertThat(member.getString("country")).isEqualTo("KE");
        assertThat(member.getString("continent")).isEqualTo("AF");
        assertThat(member.keySet()).as("public fields only").doesNotContain("contacts", "address", "contact")
                .contains("number", "legalName", "displayName", "category", "joinedOn", "website");
        assertThat(member.toString()).doesNotContain(submitted.getJsonObject("contact").getString("email"));
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheApplication() {
        JsonObject submitted = Applicants.submit();
        long id = submitted.getJsonNumber("id").longValue();
        action(id, "start-review", null);

        assertInvalid(secretariat.post("/api/v1/applications/" + id + "/reject", "{}"), "reason");
        JsonObject rejected = action(id, "reject", "{\"reason\": \"Outside the conference's scope.\"}");

        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getJsonObject("decision").getString("note")).isEqualTo("Outside the conference's scope.");
        assertThat(rejected.getJsonObject("decision").getString("by")).isEqualTo("admin");
        JsonObject applicantsView = registry.get("/api/v1/applications/" + id, Applicants.token(submitted)).json();
        assertThat(applicantsView.getJsonObject("decision").getString("by")).as("the applicant sees the role, not the officer").isEqualTo("SECRETARIAT");
        assertThat(applicantsView.toString()).doesNotContain("admin");
        JsonObject refused = assertProblem(secretariat.post("/api/v1/applications/" + id + "/approve", "{\"tier\": \"FULL\"}"), 409);
        assertThat(refused.getString("currentStatus")).isEqualTo("REJECTED");
        assertThat(refused.getJsonArray("allowedActions")).isEmpty();
    }

    @Test
    void theApplicantWithdrawsWithItsToken() {
        JsonObject submitted = Applicants.submit();
        long id = submitted.getJsonNumber("id").longValue();

        JsonObject withdrawn = registry.post("/api/v1/applications/" + id + "/withdraw", "{\"reason\": \"Plans changed.\"}",
                Applicants.token(submitted)).json();

        assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
        assertProblem(registry.post("/api/v1/applications/" + id + "/withdraw", null, Applicants.token(submitted)), 409);
        assertThat(secretariat.get("/api/v1/applications/" + id).json().getJsonArray("history").getJsonObject(1).getString("actor"))
                .isEqualTo("applicant:" + id);
    }

    @Test
    void theSecretariatWithdrawsOnTheApplicantsRequest() {
        long id = Applicants.submit().getJsonNumber("id").longValue();
        action(id, "start-review", null);

        assertThat(action(id, "withdraw", null).getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void anIllegalStepIsA409NamingTheStatusAndWhatIsPossible() {
        JsonObject submitted = Applicants.submit();
        long id = submitted.getJsonNumber("id").longValue();

        JsonObject refused = assertProblem(secretariat.post("/api/v1/applications/" + id + "/approve", "{\"tier\": \"FULL\"}"), 409);

        assertThat(refused.getString("type")).isEqualTo("urn:wic:registry:problem:invalid-transition");
        assertThat(refused.getString("currentStatus")).isEqualTo("SUBMITTED");
        assertThat(strings(refused, "allowedActions")).containsExactly("start-review", "withdraw");
        assertProblem(registry.post("/api/v1/applications/" + id + "/provide-information", "{\"response\": \"x\"}", Applicants.token(submitted)), 409);
        assertProblem(secretariat.post("/api/v1/applications/" + id + "/request-information", "{\"message\": \"x\"}"), 409);
    }

    @Test
    void approvalNeedsATierOpenToTheCategory() {
        long id = Applicants.submit().getJsonNumber("id").longValue();
        action(id, "start-review", null);

        assertInvalid(secretariat.post("/api/v1/applications/" + id + "/approve", "{}"), "tier");
        assertInvalid(secretariat.post("/api/v1/applications/" + id + "/approve", "{\"tier\": \"INDIVIDUAL\"}"), "tier");
        assertInvalid(secretariat.post("/api/v1/applications/" + id + "/approve", "{\"tier\": \"NO_SUCH\"}"), "tier");
        assertThat(secretariat.get("/api/v1/applications/" + id).json().getString("status")).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void approvingTwiceConcurrentlyCreatesOneMember() throws Exception {
        long id = Applicants.submit().getJsonNumber("id").longValue();
        action(id, "start-review", null);
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RegistryHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<RegistryHttp.Answer> approve = () -> {
                    start.await();
                    return secretariat.post("/api/v1/applications/" + id + "/approve", "{\"tier\": \"FULL\"}");
                };
                answers.add(pool.submit(approve));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            var numbers = new ArrayList<String>();
            for (Future<RegistryHttp.Answer> answer : answers) {
                RegistryHttp.Answer result = answer.get();
                statuses.add(result.status());
                if (result.status() == 200) {
                    numbers.add(result.json().getString("memberNumber"));
                }
            }
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);
            assertThat(secretariat.get("/api/v1/applications/" + id).json().getString("memberNumber")).isEqualTo(numbers.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonObject action(long id, String action, String body) {
        RegistryHttp.Answer answer = secretariat.post("/api/v1/applications/" + id + "/" + action, body);
        assertThat(answer.status()).as("%s: %s", action, answer).isEqualTo(200);
        return answer.json();
    }

    static List<String> strings(JsonObject json, String field) {
        return json.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
