package org.wic.registry.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callers black-box tests act as. The secretariat's {@code admin} gets its password when the
 * test server starts; every other account and key a test needs is opened fresh, under a unique
 * name, so tests own their data on a database earlier runs left data in.
 */
public final class Identities {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Identities() {
    }

    public static Credentials admin() {
        return Credentials.basic("admin", System.getProperty("registry.admin-password"));
    }

    /** A name no earlier run used: {@code prefix-} and eight random letters or digits. */
    public static String unique(String prefix) {
        var name = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }

    public static String newPassword() {
        return "Pw-" + unique("test") + "-" + unique("x");
    }

    /**
     * Opens an account with this role as admin; answers its credentials. A MEMBER account represents
     * {@link Members#shared()}.
     */
    public static Credentials newAccount(String role) {
        return role.equals("MEMBER") ? newRepresentative(Members.shared()) : open(role, null);
    }

    /** Opens a MEMBER account that represents this member. */
    public static Credentials newRepresentative(String memberNumber) {
        return open("MEMBER", memberNumber);
    }

    private static Credentials open(String role, String memberNumber) {
        String username = unique(role.toLowerCase());
        String password = newPassword();
        var user = Json.createObjectBuilder().add("username", username).add("role", role).add("password", password);
        if (memberNumber != null) {
            user.add("memberNumber", memberNumber);
        }
        RegistryHttp.Answer answer = RegistryHttp.registry().as(admin()).post("/api/v1/users", user.build().toString());
        assertThat(answer.status()).as("opening %s: %s", username, answer).isEqualTo(201);
        return Credentials.basic(username, password);
    }

    /** Issues a partner key as admin; answers the issued key's JSON (with id, prefix and key). */
    public static JsonObject newApiKey(String name) {
        RegistryHttp.Answer answer = RegistryHttp.registry().as(admin()).post("/api/v1/api-keys",
                Json.createObjectBuilder().add("name", name).build().toString());
        assertThat(answer.status()).as("issuing %s: %s", name, answer).isEqualTo(201);
        return answer.json();
    }

    public static Credentials newPartner() {
        return Credentials.apiKey(newApiKey(unique("partner")).getString("key"));
    }
}
