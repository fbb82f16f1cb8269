package org.wic.registry.it.security;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * A browser holding the secretariat's Basic credentials must not carry out another site's form: a
 * state-changing request whose Origin or Sec-Fetch-Site shows another site is a 403; the registry's
 * own pages (Swagger UI) and clients that send neither header (curl, servers) go on working.
 */
class CrossSiteRequestIT {

    private final RegistryHttp secretariat = RegistryHttp.registry().as(Identities.admin());

    @Test
    void aBodylessPostFromAnotherSiteIsRefusedAndChangesNothing() {
        long id = Applicants.submit().getJsonNumber("id").longValue();
        String path = "/api/v1/applications/" + id + "/start-review";

        assertProblem(secretariat.post(path, null, "Origin", "https://evil.example"), 403);
        assertProblem(secretariat.post(path, null, "Sec-Fetch-Site", "cross-site"), 403);
        assertProblem(secretariat.post(path, null, "Sec-Fetch-Site", "same-site"), 403);
        assertProblem(secretariat.post(path, null, "Origin", "null"), 403);
        assertProblem(secretariat.send("DELETE", "/api/v1/api-keys/1", null, null, "Origin", "http://localhost.evil.example"), 403);
        assertThat(secretariat.get("/api/v1/applications/" + id).json().getString("status")).isEqualTo("SUBMITTED");
    }

    @Test
    void theRegistrysOwnPagesAndPlainClientsGoOn() {
        long id = Applicants.submit().getJsonNumber("id").longValue();
        String origin = RegistryHttp.BASE.getScheme() + "://" + RegistryHttp.BASE.getAuthority();

        assertThat(secretariat.post("/api/v1/applications/" + id + "/start-review", null, "Origin", origin, "Sec-Fetch-Site", "same-origin")
                .status()).isEqualTo(200);
        long other = Applicants.submit().getJsonNumber("id").longValue();
        assertThat(secretariat.post("/api/v1/applications/" + other + "/start-review", null).status()).as("no Origin: curl").isEqualTo(200);
        assertThat(RegistryHttp.registry().get("/api/v1/continents", "Origin", "https://partner.example", "Sec-Fetch-Site", "cross-site").status())
                .as("reading is not refused").isEqualTo(200);
    }
}
