package org.wic.registry.it.security;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Every change leaves an audit event (who, what, before and after, never a secret); a failed request leaves none. */
class AuditTrailIT {

    private final RegistryHttp secretariat = RegistryHttp.registry().as(Identities.admin());

    @Test
    void openingAnAccountIsRecordedWithWhoAndWhat() {
        Credentials member = Identities.newAccount("MEMBER");

        JsonObject event = only(events("entityType=account&entityId=" + member.name()));

        assertThat(event.getString("action")).isEqualTo("account.created");
        assertThat(event.getJsonObject("actor").getString("id")).isEqualTo("admin");
        assertThat(event.getJsonObject("actor").getString("kind")).isEqualTo("ACCOUNT");
        assertThat(event.getJsonObject("actor").getString("role")).isEqualTo("SECRETARIAT");
        JsonObject changes = event.getJsonObject("changes");
        assertThat(changes.getJsonObject("username").getString("after")).isEqualTo(member.name());
        assertThat(changes.getJsonObject("role").getString("after")).isEqualTo("MEMBER");
        assertThat(changes.getJsonObject("enabled").getBoolean("after")).isTrue();
        assertThat(event.toString()).doesNotContain(member.password());
        assertThat(Instant.parse(event.getString("occurredAt"))).isBefore(Instant.now().plusSeconds(5));
    }

    @Test
    void disablingAndEnablingRecordTheFlagBeforeAndAfter() {
        Credentials member = Identities.newAccount("MEMBER");
        secretariat.post("/api/v1/users/" + member.name() + "/disable", null);
        secretariat.post("/api/v1/users/" + member.name() + "/enable", null);

        List<JsonObject> events = events("entityType=account&entityId=" + member.name());

        assertThat(events).extracting(e -> e.getString("action")).containsExactly("account.enabled", "account.disabled", "account.created");
        JsonObject disabled = events.get(1).getJsonObject("changes").getJsonObject("enabled");
        assertThat(disabled.getBoolean("before")).isTrue();
        assertThat(disabled.getBoolean("after")).isFalse();
    }

    @Test
    void passwordChangesAreRecordedWithoutAnyValue() {
        Credentials member = Identities.newAccount("MEMBER");
        String reset = Identities.newPassword();
        secretariat.put("/api/v1/users/" + member.name() + "/password", "{\"newPassword\": \"" + reset + "\"}");
        String changed = Identities.newPassword();
        RegistryHttp.registry().as(Credentials.basic(member.name(), reset))
                .put("/api/v1/me/password", "{\"currentPassword\": \"" + reset + "\", \"newPassword\": \"" + changed + "\"}");

        List<JsonObject> events = events("entityType=account&entityId=" + member.name());

        assertThat(events).extracting(e -> e.getString("action")).containsExactly("account.password-changed", "account.password-reset", "account.created");
        assertThat(events.get(0).getJsonObject("actor").getString("id")).isEqualTo(member.name());
        assertThat(events.get(0).getJsonObject("actor").getString("role")).isEqualTo("MEMBER");
        assertThat(events.get(0).getJsonObject("changes")).isEmpty();
        assertThat(events.toString()).doesNotContain(reset).doesNotContain(changed).doesNotContain(member.password());
    }

    @Test
    void issuingAndRevokingAKeyAreRecordedWithoutTheKey() {
        JsonObject issued = Identities.newApiKey(Identities.unique("Audited"));
        secretariat.delete("/api/v1/api-keys/" + issued.getInt("id"));

        List<JsonObject> events = events("entityType=api-key&entityId=" + issued.getInt("id"));

        assertThat(events).extracting(e -> e.getString("action")).containsExactly("api-key.revoked", "api-key.created");
        assertThat(events.get(1).getJsonObject("changes").getJsonObject("prefix").getString("after")).isEqualTo(issued.getString("prefix"));
        assertThat(events.get(0).getJsonObject("changes").getJsonObject("revokedAt").get("before").toString()).isEqualTo("null");
        assertThat(events.toString()).doesNotContain(issued.getString("key"));
    }

    @Test
    void aFailedRequestWritesNoEvent() {
        Credentials member = Identities.newAccount("MEMBER");
        String username = member.name();

        assertProblem(secretariat.post("/api/v1/users", UserAdministrationIT.user(username, "MEMBER", Identities.newPassword())), 409);
        assertInvalid(secretariat.put("/api/v1/users/" + username + "/password", "{\"newPassword\": \"short\"}"), "newPassword");
        assertInvalid(RegistryHttp.registry().as(member)
                .put("/api/v1/me/password", "{\"currentPassword\": \"wrong-current\", \"newPassword\": \"" + Identities.newPassword() + "\"}"), "currentPassword");

        assertThat(events("entityType=account&entityId=" + username)).extracting(e -> e.getString("action")).containsExactly("account.created");
    }

    @Test
    void filtersByActorAndTimeNewestFirstAcrossPages() {
        Credentials officer = Identities.newAccount("SECRETARIAT");
        Instant before = Instant.now().minusSeconds(1);
        RegistryHttp asOfficer = RegistryHttp.registry().as(officer);
        String first = Identities.newAccount("MEMBER").name();
        asOfficer.post("/api/v1/users/" + first + "/disable", null);
        asOfficer.post("/api/v1/users/" + first + "/enable", null);
        asOfficer.post("/api/v1/users/" + first + "/disable", null);

        RegistryHttp.Answer page1 = secretariat.get("/api/v1/audit?actor=" + officer.name() + "&limit=2&from=" + before);
        List<JsonObject> firstPage = page1.json().getJsonArray("items").getValuesAs(JsonObject.class);
        String next = page1.nextPath().orElseThrow();
        List<JsonObject> secondPage = secretariat.get(next).json().getJsonArray("items").getValuesAs(JsonObject.class);

        assertThat(firstPage).extracting(e -> e.getString("action")).containsExactly("account.disabled", "account.enabled");
        assertThat(secondPage).extracting(e -> e.getString("action")).containsExactly("account.disabled");
        assertThat(firstPage.get(0).getInt("id")).isGreaterThan(firstPage.get(1).getInt("id"));
        assertThat(secretariat.get("/api/v1/audit?actor=" + officer.name() + "&to=" + before).json().getJsonArray("items")).isEmpty();
    }

    @Test
    void badFiltersAre400ProblemsNamingThem() {
        assertInvalid(secretariat.get("/api/v1/audit?from=yesterday"), "from");
        assertInvalid(secretariat.get("/api/v1/audit?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z"), "to");
        assertInvalid(secretariat.get("/api/v1/audit?limit=0"), "limit");
        assertInvalid(secretariat.get("/api/v1/audit?cursor=not-a-cursor"), "cursor");
    }

    private List<JsonObject> events(String query) {
        RegistryHttp.Answer answer = secretariat.get("/api/v1/audit?" + query);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject only(List<JsonObject> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}
