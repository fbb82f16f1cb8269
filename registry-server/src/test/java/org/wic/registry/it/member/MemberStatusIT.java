package org.wic.registry.it.member;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Status moves with their history, and tier changes, by the secretariat. */
class MemberStatusIT {

    private static final RegistryHttp SECRETARIAT = MemberFixtures.SECRETARIAT;

    @Test
    void allowedMovesAreRecordedWithReasonWhoAndWhen() {
        String number = Members.admit();
        move(number, "SUSPENDED", "Dues unpaid.");
        move(number, "ACTIVE", "Dues paid.");
        move(number, "WITHDRAWN", "Left at its own request.");

        List<JsonObject> history = SECRETARIAT.get("/api/v1/members/" + number + "/status-history").json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(history).extracting(entry -> entry.getString("from") + ">" + entry.getString("to") + ":" + entry.getString("reason"))
                .containsExactly("ACTIVE>SUSPENDED:Dues unpaid.", "SUSPENDED>ACTIVE:Dues paid.", "ACTIVE>WITHDRAWN:Left at its own request.");
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.getString("actor")).isEqualTo("admin");
            assertThat(entry.getString("at")).isNotBlank();
        });
        RegistryHttp representative = RegistryHttp.registry().as(Identities.newRepresentative(number));
        assertThat(representative.get("/api/v1/members/" + number + "/status-history").json().getJsonArray("items")).hasSize(3);
        assertThat(MemberFixtures.read(RegistryHttp.registry(), number).getString("status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void anyOtherMoveIs409NamingThePossibleOnes() {
        String number = Members.admit();
        JsonObject problem = assertProblem(post(number, "status", "{\"status\": \"ACTIVE\", \"reason\": \"Again.\"}"), 409);
        assertThat(problem.getString("currentStatus")).isEqualTo("ACTIVE");
        assertThat(problem.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("SUSPENDED", "WITHDRAWN", "TERMINATED");

        move(number, "TERMINATED", "Council decision.");
        JsonObject terminated = assertProblem(post(number, "status", "{\"status\": \"ACTIVE\", \"reason\": \"Undo.\"}"), 409);
        assertThat(terminated.getJsonArray("allowedActions")).isEmpty();
        assertThat(SECRETARIAT.get("/api/v1/members/" + number + "/status-history").json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void aReasonAndAKnownStatusAreRequired() {
        String number = Members.admit();
        assertInvalid(post(number, "status", "{\"status\": \"SUSPENDED\"}"), "reason");
        assertInvalid(post(number, "status", "{\"status\": \"EXPELLED\", \"reason\": \"x\"}"), "status");
        assertThat(MemberFixtures.read(SECRETARIAT, number).getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aTierChangeIsCheckedAgainstTheTiersCategories() {
        String number = Members.admit();
        RegistryHttp.Answer moved = post(number, "tier", "{\"tier\": \"STRATEGIC\", \"reason\": \"Council decision.\"}");
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.json().getString("tier")).isEqualTo("STRATEGIC");

        assertInvalid(post(number, "tier", "{\"tier\": \"INDIVIDUAL\", \"reason\": \"x\"}"), "tier");
        assertInvalid(post(number, "tier", "{\"tier\": \"NO_SUCH\", \"reason\": \"x\"}"), "tier");
        assertInvalid(post(number, "tier", "{\"tier\": \"FULL\"}"), "reason");
        assertProblem(post(number, "tier", "{\"tier\": \"STRATEGIC\", \"reason\": \"Again.\"}"), 409);
        assertThat(MemberFixtures.read(RegistryHttp.registry(), number).getString("tier")).isEqualTo("STRATEGIC");
    }

    @Test
    void anIndividualMovesOnlyToTiersOpenToIndividuals() {
        String number = Members.admit(Applicants.form(Identities.unique("Solo Person")).add("category", "INDIVIDUAL").add("requestedTier", "INDIVIDUAL"),
                "INDIVIDUAL");
        assertInvalid(post(number, "tier", "{\"tier\": \"FULL\", \"reason\": \"x\"}"), "tier");
    }

    private static void move(String number, String status, String reason) {
        RegistryHttp.Answer answer = post(number, "status", "{\"status\": \"" + status + "\", \"reason\": \"" + reason + "\"}");
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo(status);
    }

    @Test
    void statusAndTierMovesNeedTheVersionLastRead() {
        String number = Members.admit();
        String read = MemberFixtures.etag(SECRETARIAT, number);

        assertProblem(SECRETARIAT.post("/api/v1/members/" + number + "/status", "{\"status\": \"SUSPENDED\", \"reason\": \"x\"}"), 428);
        assertProblem(SECRETARIAT.post("/api/v1/members/" + number + "/tier", "{\"tier\": \"STRATEGIC\", \"reason\": \"x\"}"), 428);
        RegistryHttp.Answer moved = SECRETARIAT.post("/api/v1/members/" + number + "/tier", "{\"tier\": \"STRATEGIC\", \"reason\": \"Council.\"}",
                "If-Match", read);
        assertThat(moved.status()).isEqualTo(200);
        assertProblem(SECRETARIAT.post("/api/v1/members/" + number + "/status", "{\"status\": \"SUSPENDED\", \"reason\": \"Stale.\"}",
                "If-Match", read), 412);
        assertThat(SECRETARIAT.post("/api/v1/members/" + number + "/status", "{\"status\": \"SUSPENDED\", \"reason\": \"Fresh.\"}",
                "If-Match", moved.header("ETag").orElseThrow()).status()).isEqualTo(200);
        assertThat(MemberFixtures.read(SECRETARIAT, number).getString("status")).isEqualTo("SUSPENDED");
    }

    @Test
    void theRepresentativeOfAMemberThatLeftReadsButChangesNothing() {
        String number = Members.admit();
        RegistryHttp representative = RegistryHttp.registry().as(Identities.newRepresentative(number));
        move(number, "WITHDRAWN", "Left at its own request.");
        String etag = MemberFixtures.etag(representative, number);

        assertThat(representative.get("/api/v1/members/" + number).json().getJsonArray("contacts")).isNotEmpty();
        assertProblem(representative.patch("/api/v1/members/" + number, "{\"website\": \"https://left.example\"}", "If-Match", etag), 403);
        assertProblem(representative.post("/api/v1/members/" + number + "/contacts", "{\"name\": \"New Person\", \"email\": \"new@left.example\"}"), 403);
        assertThat(MemberFixtures.etag(representative, number)).as("nothing changed").isEqualTo(etag);
    }

    private static RegistryHttp.Answer post(String number, String action, String body) {
        return SECRETARIAT.post("/api/v1/members/" + number + "/" + action, body, "If-Match", MemberFixtures.etag(SECRETARIAT, number));
    }
}
