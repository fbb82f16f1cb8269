package org.wic.registry.it.application;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;

/** The secretariat's review queue: filters, oldest first, keyset pages. */
class ApplicationListIT {

    private final RegistryHttp secretariat = RegistryHttp.registry().as(Identities.admin());

    @Test
    void filtersByStatusCategoryCountryAndName() {
        String tag = Identities.unique("Filter").substring(7);
        long kenyan = Applicants.submit(Applicants.form("Kenyan " + tag).build()).getJsonNumber("id").longValue();
        long brazilian = Applicants.submit(Applicants.form("Brazilian " + tag).add("country", "BR").add("category", "INSTITUTION")
                .build()).getJsonNumber("id").longValue();
        secretariat.post("/api/v1/applications/" + brazilian + "/start-review", null);

        assertThat(ids("?q=" + tag)).containsExactly(kenyan, brazilian);
        assertThat(ids("?q=" + tag.toUpperCase() + "&country=BR")).containsExactly(brazilian);
        assertThat(ids("?q=" + tag + "&category=institution")).containsExactly(brazilian);
        assertThat(ids("?q=" + tag + "&status=SUBMITTED")).containsExactly(kenyan);
        assertThat(ids("?q=" + tag + "&status=UNDER_REVIEW&country=KE")).isEmpty();
    }

    @Test
    void pagesWalkTheQueueOldestFirstWithoutGapsOrRepeats() {
        String tag = Identities.unique("Paged").substring(6);
        var submitted = new ArrayList<Long>();
        for (int i = 0; i < 5; i++) {
            submitted.add(Applicants.submit(Applicants.form("Paged " + i + " " + tag).build()).getJsonNumber("id").longValue());
        }
        var walked = new ArrayList<Long>();
        String path = "/api/v1/applications?limit=2&q=" + tag;
        while (path != null) {
            RegistryHttp.Answer page = secretariat.get(path);
            page.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> walked.add(a.getJsonNumber("id").longValue()));
            path = page.nextPath().orElse(null);
        }

        assertThat(walked).containsExactlyElementsOf(submitted);
    }

    @Test
    void badFiltersAre400sNamingThem() {
        assertInvalid(secretariat.get("/api/v1/applications?status=PENDING"), "status");
        assertInvalid(secretariat.get("/api/v1/applications?category=PERSON"), "category");
        assertInvalid(secretariat.get("/api/v1/applications?country=ZZ"), "country");
        assertInvalid(secretariat.get("/api/v1/applications?limit=500"), "limit");
    }

    private List<Long> ids(String query) {
        RegistryHttp.Answer answer = secretariat.get("/api/v1/applications" + query);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).toList();
    }
}
