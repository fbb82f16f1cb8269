package org.wic.registry.it.tier;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Membership tiers: public to read; the secretariat creates, revises and deactivates them, never deletes. */
class TierIT {

    private final RegistryHttp registry = RegistryHttp.registry();
    private final RegistryHttp secretariat = registry.as(Identities.admin());

    @Test
    void theStartingSetIsPublicWithDuesAsMoney() {
        List<JsonObject> tiers = registry.get("/api/v1/tiers").json().getJsonArray("items").getValuesAs(JsonObject.class);

        assertThat(tiers).extracting(t -> t.getString("code")).contains("STRATEGIC", "FULL", "ASSOCIATE", "INDIVIDUAL");
        JsonObject individual = registry.get("/api/v1/tiers/individual").json();
        assertThat(individual.getJsonArray("categories").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("INDIVIDUAL");
        JsonObject dues = individual.getJsonObject("dues");
        assertThat(dues.getString("value")).matches("\\d+\\.\\d{2}");
        assertThat(dues.getString("currency")).isEqualTo("USD");
        assertProblem(registry.get("/api/v1/tiers/NO_SUCH_TIER"), 404);
    }

    @Test
    void theSecretariatCreatesAndRevisesATier() {
        String code = "T_" + Identities.unique("x").substring(2).toUpperCase().replace('-', '_');
        RegistryHttp.Answer created = secretariat.post("/api/v1/tiers", tier(code, "Supporting Member", "750.00", "EUR", "ORGANIZATION", "ENTERPRISE"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/tiers/" + code));
        assertThat(created.json().getJsonObject("dues").getString("value")).isEqualTo("750.00");
        assertThat(created.json().getBoolean("active")).isTrue();
        assertProblem(secretariat.post("/api/v1/tiers", tier(code, "Again", "1", "EUR", "ORGANIZATION")), 409);

        String read = etag(code);
        assertProblem(secretariat.put("/api/v1/tiers/" + code, tier(null, "Supporting Member", "800", "EUR", "ENTERPRISE")), 428);
        JsonObject revised = secretariat.put("/api/v1/tiers/" + code, tier(null, "Supporting Member", "800", "EUR", "ENTERPRISE"), "If-Match", read).json();
        assertProblem(secretariat.put("/api/v1/tiers/" + code, tier(null, "Lost update", "900", "EUR", "ENTERPRISE"), "If-Match", read), 412);

        assertThat(revised.getJsonObject("dues").getString("value")).isEqualTo("800.00");
        assertThat(revised.getJsonArray("categories")).hasSize(1);
        assertThat(registry.get("/api/v1/tiers/" + code).json()).isEqualTo(revised);
    }

    @Test
    void moneyAtTheCurrencysScaleOnly() {
        JsonObject created = secretariat.post("/api/v1/tiers", tier("YEN_" + suffix(), "Yen tier", "120000", "JPY", "INDIVIDUAL")).json();

        assertThat(created.getJsonObject("dues").getString("value")).isEqualTo("120000");
        assertInvalid(secretariat.post("/api/v1/tiers", tier("BAD_" + suffix(), "Bad", "10.001", "USD", "INDIVIDUAL")), "dues.value");
        assertInvalid(secretariat.post("/api/v1/tiers", tier("BAD_" + suffix(), "Bad", "10.5", "JPY", "INDIVIDUAL")), "dues.value");
        assertInvalid(secretariat.post("/api/v1/tiers", tier("BAD_" + suffix(), "Bad", "ten", "XYZ", "INDIVIDUAL")), "dues.value", "dues.currency");
    }

    @Test
    void badTiersAre400sNamingEachField() {
        assertInvalid(secretariat.post("/api/v1/tiers", "{\"code\": \"lower-case!\", \"name\": \"\", \"categories\": [\"PERSON\"]}"),
                "code", "name", "dues", "categories", "voting");
        assertInvalid(secretariat.post("/api/v1/tiers", tier("OK_" + suffix(), "Ok", "1", "USD", "ENTERPRISE").replace("}", ", \"active\": false}")), "active");
    }

    @Test
    void aDeactivatedTierTakesNoNewMembersUntilActivatedAgain() {
        String code = "D_" + suffix();
        secretariat.post("/api/v1/tiers", tier(code, "Short-lived", "100", "USD", "ENTERPRISE"));

        assertProblem(secretariat.post("/api/v1/tiers/" + code + "/deactivate", null), 428);
        assertThat(secretariat.post("/api/v1/tiers/" + code + "/deactivate", null, "If-Match", etag(code)).json().getBoolean("active")).isFalse();
        assertInvalid(registry.post("/api/v1/applications", Applicants.form(Identities.unique("Late")).add("requestedTier", code).build().toString()),
                "requestedTier");
        assertThat(registry.get("/api/v1/tiers/" + code).status()).as("never deleted").isEqualTo(200);

        assertThat(secretariat.post("/api/v1/tiers/" + code + "/activate", null, "If-Match", etag(code)).json().getBoolean("active")).isTrue();
        Applicants.submit(Applicants.form(Identities.unique("Timely")).add("requestedTier", code).build());
    }

    @Test
    void onlyTheSecretariatChangesTiers() {
        assertProblem(registry.post("/api/v1/tiers", tier("X_" + suffix(), "x", "1", "USD", "ENTERPRISE")), 401);
        assertProblem(registry.as(Identities.newPartner()).post("/api/v1/tiers/FULL/deactivate", null), 403);
        assertProblem(registry.as(Identities.newAccount("MEMBER")).put("/api/v1/tiers/FULL", tier(null, "x", "1", "USD", "ENTERPRISE")), 403);
    }

    private String etag(String code) {
        return registry.get("/api/v1/tiers/" + code).header("ETag").orElseThrow();
    }

    private static String suffix() {
        return Identities.unique("x").substring(2).toUpperCase().replace('-', '_');
    }

    static String tier(String code, String name, String value, String currency, String... categories) {
        var json = Json.createObjectBuilder();
        if (code != null) {
            json.add("code", code);
        }
        var list = Json.createArrayBuilder();
        for (String category : categories) {
            list.add(category);
        }
        return json.add("name", name).add("dues", Json.createObjectBuilder().add("value", value).add("currency", currency))
                .add("categories", list).add("voting", false).build().toString();
    }
}
