package org.wic.registry.it.member;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Members for the black-box tests of this package, with a marker in their names that q finds only them by. */
final class MemberFixtures {

    static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());

    private MemberFixtures() {
    }

    /** A new member named "{marker} {name}", in this category, country and tier; answers its number. */
    static String admit(String marker, String name, String category, String country, String tier) {
        var form = Applicants.form(marker + " " + name).add("category", category).add("country", country).add("requestedTier", tier);
        return Members.admit(form, tier);
    }

    static JsonObject read(RegistryHttp client, String number) {
        RegistryHttp.Answer answer = client.get("/api/v1/members/" + number);
        assertThat(answer.status()).as("reading %s: %s", number, answer).isEqualTo(200);
        return answer.json();
    }

    static String etag(RegistryHttp client, String number) {
        return client.get("/api/v1/members/" + number).header("ETag").orElseThrow();
    }

    /** As the secretariat: a patch with the current ETag, which must succeed. */
    static JsonObject patch(String number, JsonObject patch) {
        RegistryHttp.Answer answer = SECRETARIAT.patch("/api/v1/members/" + number, patch.toString(), "If-Match", etag(SECRETARIAT, number));
        assertThat(answer.status()).as("patching %s: %s", number, answer).isEqualTo(200);
        return answer.json();
    }

    static void joinedOn(String number, String date) {
        patch(number, Json.createObjectBuilder().add("joinedOn", date).build());
    }

    static void status(String number, String status) {
        RegistryHttp.Answer answer = SECRETARIAT.post("/api/v1/members/" + number + "/status",
                Json.createObjectBuilder().add("status", status).add("reason", "Test of " + status).build().toString(), "If-Match", etag(SECRETARIAT, number));
        assertThat(answer.status()).as("moving %s to %s: %s", number, status, answer).isEqualTo(200);
    }
}
