package org.wic.registry.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** Members as the secretariat admits them: an application submitted, reviewed and approved over HTTP. */
public final class Members {

    private static String shared;

    private Members() {
    }

    /** A new member from this application form, approved into this tier; answers its number. */
    public static String admit(JsonObjectBuilder form, String tier) {
        JsonObject submitted = Applicants.submit(form.build());
        RegistryHttp secretariat = RegistryHttp.registry().as(Identities.admin());
        String path = "/api/v1/applications/" + submitted.getInt("id");
        assertThat(secretariat.post(path + "/start-review", null).status()).isEqualTo(200);
        RegistryHttp.Answer approved = secretariat.post(path + "/approve", "{\"tier\": \"" + tier + "\"}");
        assertThat(approved.status()).as("approving: %s", approved).isEqualTo(200);
        return approved.json().getString("memberNumber");
    }

    /** A new enterprise member in Kenya, tier FULL, under a fresh name. */
    public static String admit() {
        return admit(Applicants.form(Identities.unique("Member Networks")), "FULL");
    }

    /** One member for tests that need any member (representatives of it, for role checks). */
    public static synchronized String shared() {
        if (shared == null) {
            shared = admit();
        }
        return shared;
    }
}
