package org.wic.registry.it.application;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;

/** What a submission must be, every bad field named at once, and the duplicates flagged for the reviewer. */
class ApplicationValidationIT {

    private final RegistryHttp registry = RegistryHttp.registry();
    private final RegistryHttp secretariat = registry.as(Identities.admin());

    @Test
    void everyBadFieldIsNamedInOneProblem() {
        String form = Json.createObjectBuilder()
                .add("legalName", "X")
                .add("category", "PERSON")
                .add("country", "ZZ")
                .add("website", "ftp://files.example")
                .add("requestedTier", "NO_SUCH_TIER")
                .add("contact", Json.createObjectBuilder().add("name", "").add("email", "not-an-address").add("phone", "call me"))
                .build().toString();

        assertInvalid(registry.post("/api/v1/applications", form), "legalName", "category", "country", "website", "requestedTier",
                "contact.name", "contact.email", "contact.phone", "motivation");
    }

    @Test
    void namesThatOverflowOnceExpandedOrHoldHiddenCharactersAreRefused() {
        // "&" is kept as "and", "ﷺ" decomposes into 18 letters: the stored forms would overflow their columns
        for (String name : List.of("&".repeat(200), "\ufdfa".repeat(12), "Nul\u0000Name", "Evil \u202eName", "Zero\u200bWidth", "Line\nBreak")) {
            assertInvalid(registry.post("/api/v1/applications", Applicants.form(name).build().toString()), "legalName");
        }
        assertInvalid(registry.post("/api/v1/applications", Applicants.form(Identities.unique("Ok"))
                .add("motivation", "bell\u0007 and nul \u0000").add("description", "escape \u001b[31m").build().toString()), "motivation", "description");
        assertInvalid(registry.post("/api/v1/applications", Applicants.form(Identities.unique("Ok"))
                .add("contact", Json.createObjectBuilder().add("name", "Amina\u202e").add("email", "a\u0000b@networks.example")).build().toString()),
                "contact.name", "contact.email");
    }

    @Test
    void namesInAnyScriptAndWithinTheirLimitsAreKept() {
        String name = "&".repeat(40) + " " + Identities.unique("Fine"); // 40 × " and " still fits
        JsonObject submitted = Applicants.submit(Applicants.form(name).add("motivation", "Line one\nline two\twith a tab").build());
        assertThat(submitted.getString("legalName")).isEqualTo(name);
        JsonObject chinese = Applicants.submit(Applicants.form("中国互联网络信息中心 " + Identities.unique("cn")).build());
        assertThat(chinese.getString("legalName")).startsWith("中国互联网络信息中心");
    }

    @Test
    void aLongPathWithAnIdempotencyKeyIsARefusalNotAFailure() {
        String number = "WIC-" + "9".repeat(3000);
        RegistryHttp.Answer answer = secretariat.post("/api/v1/members/" + number + "/contacts",
                "{\"name\": \"A Person\", \"email\": \"person@example.org\"}", "Idempotency-Key", "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41");
        assertThat(answer.status()).as("%s", answer).isIn(400, 404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theTierMustBeActiveAndOpenToTheCategory() {
        assertInvalid(registry.post("/api/v1/applications", Applicants.form(Identities.unique("Org")).add("requestedTier", "INDIVIDUAL")
                .build().toString()), "requestedTier");
    }

    @Test
    void fieldsTheApplicantMayNotSetAreRefused() {
        for (String field : List.of("status", "memberNumber", "id", "trackingToken")) {
            String form = Applicants.form(Identities.unique("Sneaky")).add(field, "x").build().toString();
            assertInvalid(registry.post("/api/v1/applications", form), field);
        }
    }

    @Test
    void theCountryIsAnyIsoCodeAndKeptAsAlpha2() {
        JsonObject submitted = Applicants.submit(Applicants.form(Identities.unique("Alpha Three")).add("country", "bra").build());

        assertThat(submitted.getString("country")).isEqualTo("BR");
    }

    @Test
    void aNameLikeAnOpenApplicationOrAMemberIsFlaggedNotRefused() {
        String core = "Dup " + Identities.unique("Check").substring(6) + " Networks";
        long first = Applicants.submit(Applicants.form(core + ", Inc.").build()).getJsonNumber("id").longValue();

        long second = Applicants.submit(Applicants.form(core.toUpperCase() + " LTD").build()).getJsonNumber("id").longValue();
        List<JsonObject> flags = duplicates(second);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.getString("kind")).isEqualTo("APPLICATION");
            assertThat(flag.getString("reference")).isEqualTo(String.valueOf(first));
        });

        secretariat.post("/api/v1/applications/" + first + "/start-review", null);
        String number = secretariat.post("/api/v1/applications/" + first + "/approve", "{\"tier\": \"FULL\"}").json().getString("memberNumber");
        long third = Applicants.submit(Applicants.form("The " + core + " GmbH").build()).getJsonNumber("id").longValue();

        assertThat(duplicates(third)).extracting(flag -> flag.getString("kind") + " " + flag.getString("reference"))
                .containsExactlyInAnyOrder("MEMBER " + number, "APPLICATION " + second);
        long elsewhere = Applicants.submit(Applicants.form(core).add("country", "TZ").build()).getJsonNumber("id").longValue();
        assertThat(duplicates(elsewhere)).as("same name, other country").isEmpty();
    }

    @Test
    void anApplicationCarriesAtMostTwentyPossibleDuplicates() {
        String name = "Flood " + Identities.unique("Look Alike");
        for (int i = 0; i < 22; i++) {
            Applicants.submit(Applicants.form(name).build());
        }
        long last = Applicants.submit(Applicants.form(name.toUpperCase() + " LTD").build()).getJsonNumber("id").longValue();

        assertThat(duplicates(last)).hasSize(20);
    }

    private List<JsonObject> duplicates(long id) {
        return secretariat.get("/api/v1/applications/" + id).json().getJsonArray("possibleDuplicates").getValuesAs(JsonObject.class);
    }
}
