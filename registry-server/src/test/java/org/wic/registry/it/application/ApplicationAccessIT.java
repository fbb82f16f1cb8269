package org.wic.registry.it.application;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Who sees an application: the secretariat, and its applicant through the tracking token; nobody else learns it exists. */
class ApplicationAccessIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void theTokenOpensItsOwnApplicationOnly() {
        JsonObject mine = Applicants.submit();
        JsonObject theirs = Applicants.submit();
        long myId = mine.getJsonNumber("id").longValue();

        assertThat(registry.get("/api/v1/applications/" + myId, Applicants.token(mine)).status()).isEqualTo(200);
        assertProblem(registry.get("/api/v1/applications/" + myId, Applicants.token(theirs)), 404);
        assertProblem(registry.post("/api/v1/applications/" + myId + "/withdraw", null, Applicants.token(theirs)), 404);
        assertThat(registry.get("/api/v1/applications/" + myId, Applicants.token(mine)).json().getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void aWrongOrMissingTokenLooksExactlyLikeAnUnknownApplication() {
        long id = Applicants.submit().getJsonNumber("id").longValue();
        long unknown = 999_999_999L;

        RegistryHttp.Answer wrong = registry.get("/api/v1/applications/" + id, "X-Tracking-Token", "trk_not-the-token");
        RegistryHttp.Answer missing = registry.get("/api/v1/applications/" + id);
        RegistryHttp.Answer nonexistent = registry.get("/api/v1/applications/" + unknown, "X-Tracking-Token", "trk_not-the-token");

        assertProblem(wrong, 404);
        assertProblem(missing, 404);
        assertProblem(nonexistent, 404);
        assertThat(wrong.json().getString("detail").replace(String.valueOf(id), "ID"))
                .isEqualTo(nonexistent.json().getString("detail").replace(String.valueOf(unknown), "ID"));
    }

    @Test
    void partnersAndMembersWithoutTheTokenSeeNothing() {
        long id = Applicants.submit().getJsonNumber("id").longValue();

        assertProblem(registry.as(Identities.newPartner()).get("/api/v1/applications/" + id), 404);
        assertProblem(registry.as(Identities.newAccount("MEMBER")).get("/api/v1/applications/" + id), 404);
        assertProblem(registry.as(Identities.newAccount("MEMBER")).post("/api/v1/applications/" + id + "/withdraw", null), 404);
    }

    @Test
    void onlyTheSecretariatSeesPossibleDuplicatesAndTheHistory() {
        JsonObject submitted = Applicants.submit();
        long id = submitted.getJsonNumber("id").longValue();

        JsonObject applicantView = registry.get("/api/v1/applications/" + id, Applicants.token(submitted)).json();
        JsonObject secretariatView = registry.as(Identities.admin()).get("/api/v1/applications/" + id).json();

        assertThat(applicantView.keySet()).doesNotContain("possibleDuplicates", "history");
        assertThat(secretariatView.keySet()).contains("possibleDuplicates", "history");
        assertThat(ApplicationJourneyIT.strings(secretariatView, "allowedActions")).containsExactly("start-review", "withdraw");
        assertThat(ApplicationJourneyIT.strings(applicantView, "allowedActions")).containsExactly("withdraw");
    }
}
