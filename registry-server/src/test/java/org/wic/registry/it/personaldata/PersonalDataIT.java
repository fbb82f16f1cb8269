package org.wic.registry.it.personaldata;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;

/** One person's data: found by email wherever it is held, then erased everywhere but in the books. */
class PersonalDataIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());
    private static final String NAME = "Zawadi Achieng";
    private static final String PHONE = "+254 711 222333";

    @Test
    void everythingHeldAboutOnePersonIsFoundAndThenErasedLeavingNoTrace() {
        String email = Identities.unique("zawadi") + "@people.example";
        String number = Members.admit();
        RegistryHttp.Answer contact = SECRETARIAT.post("/api/v1/members/" + number + "/contacts",
                "{\"name\": \"" + NAME + "\", \"title\": \"Director\", \"email\": \"" + email + "\", \"phone\": \"" + PHONE + "\"}");
        assertThat(contact.status()).isEqualTo(201);
        JsonObject application = Applicants.submit(Applicants.form(Identities.unique("Zawadi Ventures"))
                .add("contact", Json.createObjectBuilder().add("name", NAME).add("email", email).add("phone", PHONE)).build());
        String username = Identities.unique("zawadi").toLowerCase(Locale.ROOT);
        assertThat(SECRETARIAT.post("/api/v1/users", Json.createObjectBuilder().add("username", username).add("role", "MEMBER")
                .add("memberNumber", number).add("password", Identities.newPassword()).add("email", email).build().toString()).status()).isEqualTo(201);

        JsonObject held = find(email.toUpperCase(Locale.ROOT));

        assertThat(held.getJsonArray("contacts").getValuesAs(JsonObject.class)).singleElement().satisfies(found -> {
            assertThat(found.getString("memberNumber")).isEqualTo(number);
            assertThat(found.getString("name")).isEqualTo(NAME);
            assertThat(found.getString("phone")).isEqualTo(PHONE);
        });
        assertThat(held.getJsonArray("applications").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(found -> assertThat(found.getInt("id")).isEqualTo(application.getInt("id")));
        assertThat(held.getJsonArray("accounts").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(found -> assertThat(found.getString("username")).isEqualTo(username));
        assertThat(held.getJsonArray("auditEvents").getValuesAs(JsonObject.class)).extracting(event -> event.getString("action"))
                .contains("member.contact-added");
        assertThat(held.getJsonArray("notifications").getValuesAs(JsonObject.class)).extracting(message -> message.getString("kind"))
                .contains("APPLICATION_RECEIVED");
        long message = held.getJsonArray("notifications").getJsonObject(0).getJsonNumber("id").longValue();

        RegistryHttp.Answer erased = SECRETARIAT.post("/api/v1/personal-data/erase",
                "{\"email\": \"" + email + "\", \"reason\": \"Erasure request received 2026-11-20.\"}");

        assertThat(erased.status()).as("%s", erased).isEqualTo(200);
        assertThat(erased.json().getInt("contacts")).isEqualTo(1);
        assertThat(erased.json().getInt("applications")).isEqualTo(1);
        assertThat(erased.json().getInt("accounts")).isEqualTo(1);
        assertThat(erased.json().getInt("auditEvents")).isPositive();
        assertThat(erased.json().getInt("notifications")).isPositive();
        JsonObject after = find(email);
        assertThat(after.getJsonArray("notifications")).isEmpty();
        assertThat(after.getJsonArray("contacts")).isEmpty();
        assertThat(after.getJsonArray("applications")).isEmpty();
        assertThat(after.getJsonArray("accounts")).isEmpty();
        assertThat(after.getJsonArray("auditEvents")).isEmpty();

        String erasureAudit = SECRETARIAT.get("/api/v1/audit?entityType=personal-data&entityId=" + erased.json().getString("erasureId")).body();
        String everywhere = SECRETARIAT.get("/api/v1/exports/members.csv").body()
                + SECRETARIAT.get("/api/v1/members/" + number).body()
                + SECRETARIAT.get("/api/v1/applications/" + application.getInt("id")).body()
                + SECRETARIAT.get("/api/v1/users/" + username).body()
                + SECRETARIAT.get("/api/v1/notifications/" + message).body()
                + SECRETARIAT.get("/api/v1/audit?entityType=member-contact&limit=200&entityId=" + number + "/" + contact.json().getInt("id")).body()
                + erasureAudit;
        assertThat(everywhere).doesNotContainIgnoringCase(email).doesNotContain(NAME).doesNotContain(PHONE).contains("[erased]");
        assertThat(erasureAudit).contains("personal-data.erased", erased.json().getString("erasureId"), "Erasure request received 2026-11-20.");
        assertThat(SECRETARIAT.get("/api/v1/invoices?member=" + number).json().getJsonArray("items")).as("the books stay").isNotEmpty();
        assertThat(SECRETARIAT.get("/api/v1/members/" + number).json().getJsonArray("contacts").getValuesAs(JsonObject.class))
                .anySatisfy(kept -> assertThat(kept.getString("title", "")).isEqualTo("Director"));
    }

    @Test
    void anInvitedRepresentativesAccountNamedAfterTheAddressIsErasedWithIt() {
        String email = Identities.unique("baraka") + "@people.example";
        String number = Members.admit(Applicants.form(Identities.unique("Baraka Ventures"))
                .add("contact", Json.createObjectBuilder().add("name", NAME).add("email", email)), "FULL");
        assertThat(find(email).getJsonArray("accounts").getValuesAs(JsonObject.class)).singleElement()
                .satisfies(account -> assertThat(account.getString("username")).isEqualTo(email));

        RegistryHttp.Answer erased = SECRETARIAT.post("/api/v1/personal-data/erase", "{\"email\": \"" + email + "\", \"reason\": \"Asked.\"}");

        assertThat(erased.json().getInt("accounts")).isEqualTo(1);
        assertThat(SECRETARIAT.get("/api/v1/users/" + email).status()).isEqualTo(404);
        assertThat(SECRETARIAT.get("/api/v1/audit?entityType=account&entityId=" + email).json().getJsonArray("items")).isEmpty();
        assertThat(SECRETARIAT.get("/api/v1/notifications?recipient=" + email).json().getJsonArray("items")).isEmpty();
        assertThat(SECRETARIAT.get("/api/v1/members/" + number).body()).doesNotContainIgnoringCase(email);
    }

    @Test
    void badRequestsNameTheirFields() {
        assertInvalid(SECRETARIAT.get("/api/v1/personal-data?email=not-an-email"), "email");
        assertInvalid(SECRETARIAT.get("/api/v1/personal-data"), "email");
        assertInvalid(SECRETARIAT.post("/api/v1/personal-data/erase", "{\"email\": \"someone@people.example\"}"), "reason");
        assertInvalid(SECRETARIAT.post("/api/v1/personal-data/erase", "{\"email\": \"nobody\", \"reason\": \"Asked.\"}"), "email");
    }

    @Test
    void erasingSomeoneNotHeldChangesNothing() {
        String email = Identities.unique("nobody") + "@people.example";
        RegistryHttp.Answer erased = SECRETARIAT.post("/api/v1/personal-data/erase", "{\"email\": \"" + email + "\", \"reason\": \"Asked.\"}");
        assertThat(erased.status()).isEqualTo(200);
        assertThat(erased.json().getInt("contacts") + erased.json().getInt("applications") + erased.json().getInt("accounts")).isZero();
        assertThat(find(email).getJsonArray("contacts")).isEmpty();
    }

    private static JsonObject find(String email) {
        RegistryHttp.Answer answer = SECRETARIAT.get("/api/v1/personal-data?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json();
    }
}
