package org.wic.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** Applications as an applicant submits them, under unique names so tests own their data. */
public final class Applicants {

    private Applicants() {
    }

    /** A valid enterprise application in Kenya for the FULL tier, with this legal name. */
    public static JsonObjectBuilder form(String legalName) {
        return Json.createObjectBuilder()
                .add("legalName", legalName)
                .add("category", "ENTERPRISE")
                .add("country", "KE")
                .add("website", "https://networks.example")
                .add("description", "Community networks.")
                .add("requestedTier", "FULL")
                .add("contact", Json.createObjectBuilder().add("name", "Amina Wanjiru").add("email", Identities.unique("amina") + "@networks.example"))
                .add("motivation", "We build community networks and want to take part.");
    }

    /** Submits an application under a fresh name; answers the submission's JSON (with id and trackingToken). */
    public static JsonObject submit() {
        return submit(form(Identities.unique("Example Networks")).build());
    }

    public static JsonObject submit(JsonObject form) {
        RegistryHttp.Answer answer = RegistryHttp.registry().post("/api/v1/applications", form.toString());
        assertThat(answer.status()).as("submitting: %s", answer).isEqualTo(201);
        return answer.json();
    }

    /** As the applicant: the tracking token in X-Tracking-Token. */
    public static String[] token(JsonObject submitted) {
        return new String[] {"X-Tracking-Token", submitted.getString("trackingToken")};
    }
}
