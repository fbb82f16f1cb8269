package org.wic.registry.it.member;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * Object-level authorization: a representative of member A reaches A's private records and none of
 * B's, on every endpoint, and what it tried leaves B unchanged.
 */
class MemberAccessIT {

    private static String memberB;
    private static long contactOfB;
    private static String etagOfB;
    private static RegistryHttp representativeOfA;
    private static String before;

    @BeforeAll
    static void twoMembers() {
        String memberA = Members.admit();
        memberB = Members.admit();
        representativeOfA = RegistryHttp.registry().as(Identities.newRepresentative(memberA));
        JsonObject b = MemberFixtures.read(MemberFixtures.SECRETARIAT, memberB);
        contactOfB = b.getJsonArray("contacts").getJsonObject(0).getJsonNumber("id").longValue();
        etagOfB = MemberFixtures.etag(MemberFixtures.SECRETARIAT, memberB);
        before = b.toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "PATCH|                              |application/merge-patch+json|{\"website\": \"https://taken.example\"}",
            "GET|/contacts                        ||",
            "POST|/contacts                       |application/json|{\"name\": \"Intruder\", \"email\": \"intruder@evil.example\"}",
            "PATCH|/contacts/{contact}            |application/merge-patch+json|{\"email\": \"intruder@evil.example\"}",
            "DELETE|/contacts/{contact}           ||",
            "GET|/status-history                  ||",
            "POST|/status                         |application/json|{\"status\": \"SUSPENDED\", \"reason\": \"x\"}",
            "POST|/tier                           |application/json|{\"tier\": \"STRATEGIC\", \"reason\": \"x\"}"})
    void aRepresentativeOfAGets403OnEveryPrivateEndpointOfB(String method, String path, String contentType, String body) {
        String target = "/api/v1/members/" + memberB + (path == null ? "" : path.strip().replace("{contact}", String.valueOf(contactOfB)));

        RegistryHttp.Answer answer = representativeOfA.send(method, target, contentType, body, "If-Match", etagOfB);

        assertProblem(answer, 403);
        assertThat(MemberFixtures.read(MemberFixtures.SECRETARIAT, memberB).toString()).as("B unchanged").isEqualTo(before);
    }

    @Test
    void aRepresentativeOfAReadsOnlyBsPublicFields() {
        assertThat(MemberFixtures.read(representativeOfA, memberB)).doesNotContainKeys("contacts", "address");
    }

    @Test
    void aRepresentativeAccountNamesAnExistingMember() {
        RegistryHttp secretariat = MemberFixtures.SECRETARIAT;
        String user = "{\"username\": \"" + Identities.unique("rep") + "\", \"password\": \"" + Identities.newPassword() + "\", \"role\": \"%s\"%s}";
        assertInvalid(secretariat.post("/api/v1/users", user.formatted("MEMBER", "")), "memberNumber");
        assertInvalid(secretariat.post("/api/v1/users", user.formatted("MEMBER", ", \"memberNumber\": \"WIC-999999\"")), "memberNumber");
        assertInvalid(secretariat.post("/api/v1/users", user.formatted("SECRETARIAT", ", \"memberNumber\": \"" + memberB + "\"")), "memberNumber");

        RegistryHttp.Answer opened = secretariat.post("/api/v1/users", user.formatted("MEMBER", ", \"memberNumber\": \"" + memberB.toLowerCase() + "\""));
        assertThat(opened.status()).as("%s", opened).isEqualTo(201);
        assertThat(opened.json().getString("memberNumber")).isEqualTo(memberB);
    }
}
