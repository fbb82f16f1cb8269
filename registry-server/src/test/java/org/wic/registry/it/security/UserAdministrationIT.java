package org.wic.registry.it.security;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** The secretariat administers accounts; everyone changes their own password. */
class UserAdministrationIT {

    private final RegistryHttp secretariat = RegistryHttp.registry().as(Identities.admin());

    @Test
    void openingAnAccountAnswers201WithItsLocationAndNeverThePassword() {
        String username = Identities.unique("new.officer");
        String password = Identities.newPassword();

        RegistryHttp.Answer answer = secretariat.post("/api/v1/users", user(username, "SECRETARIAT", password));

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/users/" + username));
        JsonObject user = answer.json();
        assertThat(user.getString("username")).isEqualTo(username);
        assertThat(user.getString("role")).isEqualTo("SECRETARIAT");
        assertThat(user.getBoolean("enabled")).isTrue();
        assertThat(answer.body()).doesNotContain(password).doesNotContainIgnoringCase("hash");
        assertThat(secretariat.get("/api/v1/users/" + username).json()).isEqualTo(user);
        assertThat(RegistryHttp.registry().as(Credentials.basic(username, password)).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aTakenUsernameIsA409Problem() {
        Credentials existing = Identities.newAccount("MEMBER");

        assertProblem(secretariat.post("/api/v1/users", user(existing.name().toUpperCase(), "MEMBER", Identities.newPassword())), 409);
    }

    @Test
    void badInputIsA400NamingTheField() {
        assertInvalid(secretariat.post("/api/v1/users", user("a b", "MEMBER", Identities.newPassword())), "username");
        assertInvalid(secretariat.post("/api/v1/users", user(Identities.unique("u"), "MEMBER", "too-short")), "password");
        assertInvalid(secretariat.post("/api/v1/users", user(Identities.unique("u"), "PARTNER", Identities.newPassword())), "role");
        assertInvalid(secretariat.post("/api/v1/users", user(Identities.unique("u"), "ADMIN", Identities.newPassword())), "role");
        assertInvalid(secretariat.post("/api/v1/users", "{\"username\": \"x\"}"), "role", "password");
        assertInvalid(secretariat.post("/api/v1/users", user(Identities.unique("u"), "MEMBER", Identities.newPassword())
                .replace("}", ", \"enabled\": false}")), "enabled");
    }

    @Test
    void theListIsPaginatedByUsernameWithANextLink() {
        Identities.newAccount("MEMBER");
        Identities.newAccount("MEMBER");
        var seen = new ArrayList<String>();
        String path = "/api/v1/users?limit=2";
        int pages = 0;
        while (path != null && pages++ < 1000) {
            RegistryHttp.Answer page = secretariat.get(path);
            assertThat(page.status()).isEqualTo(200);
            List<JsonObject> items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).hasSizeLessThanOrEqualTo(2);
            items.forEach(item -> seen.add(item.getString("username")));
            path = page.nextPath().orElse(null);
            assertThat(page.json().containsKey("nextCursor")).isEqualTo(path != null);
        }
        assertThat(seen).doesNotHaveDuplicates().isSorted().contains("admin");
    }

    @Test
    void aDisabledAccountCannotSignInUntilEnabledAgain() {
        Credentials member = Identities.newAccount("MEMBER");
        RegistryHttp asMember = RegistryHttp.registry().as(member);
        assertThat(asMember.get("/api/v1/me").status()).isEqualTo(200);

        JsonObject disabled = secretariat.post("/api/v1/users/" + member.name() + "/disable", null).json();

        assertThat(disabled.getBoolean("enabled")).isFalse();
        assertProblem(asMember.get("/api/v1/me"), 401);
        assertThat(secretariat.post("/api/v1/users/" + member.name() + "/enable", null).json().getBoolean("enabled")).isTrue();
        assertThat(asMember.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theSecretariatResetsAPassword() {
        Credentials member = Identities.newAccount("MEMBER");
        String newPassword = Identities.newPassword();

        RegistryHttp.Answer answer = secretariat.put("/api/v1/users/" + member.name() + "/password", "{\"newPassword\": \"" + newPassword + "\"}");

        assertThat(answer.status()).isEqualTo(204);
        assertProblem(RegistryHttp.registry().as(member).get("/api/v1/me"), 401);
        assertThat(RegistryHttp.registry().as(Credentials.basic(member.name(), newPassword)).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void everyoneChangesTheirOwnPasswordKnowingTheCurrentOne() {
        String username = Identities.unique("self");
        String password = Identities.newPassword();
        secretariat.post("/api/v1/users", user(username, "SECRETARIAT", password));
        RegistryHttp self = RegistryHttp.registry().as(Credentials.basic(username, password));
        String newPassword = Identities.newPassword();

        assertInvalid(self.put("/api/v1/me/password", passwords("not-the-current-one", newPassword)), "currentPassword");
        assertInvalid(self.put("/api/v1/me/password", passwords(password, "short")), "newPassword");
        assertThat(self.put("/api/v1/me/password", passwords(password, newPassword)).status()).isEqualTo(204);

        assertProblem(self.get("/api/v1/me"), 401);
        assertThat(RegistryHttp.registry().as(Credentials.basic(username, newPassword)).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void unknownAccountsAre404Problems() {
        assertProblem(secretariat.get("/api/v1/users/" + Identities.unique("nobody")), 404);
        assertProblem(secretariat.post("/api/v1/users/" + Identities.unique("nobody") + "/disable", null), 404);
        assertProblem(secretariat.get("/api/v1/users/NOT%20A%20USERNAME"), 404);
    }

    static String user(String username, String role, String password) {
        return Json.createObjectBuilder().add("username", username).add("role", role).add("password", password).build().toString();
    }

    private static String passwords(String current, String next) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", next).build().toString();
    }
}
