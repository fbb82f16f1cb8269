package org.wic.registry.it.member;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Reading a member as each kind of caller, and changing it with merge patches under If-Match. */
class MemberProfileIT {

    private static final String PATH = "/api/v1/members/";
    private static String number;
    private static RegistryHttp representative;

    @BeforeAll
    static void member() {
        number = Members.admit();
        representative = RegistryHttp.registry().as(Identities.newRepresentative(number));
    }

    @Test
    void theSecretariatAndTheMembersOwnRepresentativesSeeTheFullRecord() {
        for (RegistryHttp full : new RegistryHttp[] {MemberFixtures.SECRETARIAT, representative}) {
            JsonObject member = MemberFixtures.read(full, number);
            assertThat(member.getJsonArray("contacts").getValuesAs(JsonObject.class)).isNotEmpty()
                    .filteredOn(contact -> contact.getBoolean("primary")).hasSize(1);
        }
    }

    @Test
    void everyoneElseSeesThePublicFields() {
        RegistryHttp otherRepresentative = RegistryHttp.registry().as(Identities.newRepresentative(Members.shared()));
        for (RegistryHttp someone : new RegistryHttp[] {RegistryHttp.registry(), RegistryHttp.registry().as(Identities.newPartner()), otherRepresentative}) {
            JsonObject member = MemberFixtures.read(someone, number);
            assertThat(member.getString("number")).isEqualTo(number);
            assertThat(member).doesNotContainKeys("contacts", "address");
        }
    }

    @Test
    void aRepresentativeEditsTheProfileWithTheCurrentETag() {
        String etag = MemberFixtures.etag(representative, number);
        RegistryHttp.Answer answer = representative.patch(PATH + number, """
                {"displayName": "Changed Networks", "website": "https://changed.example", "description": null,
                 "address": {"street": "12 Harbour Road", "city": "Nairobi", "postalCode": "00100", "country": "KE"}}""", "If-Match", etag);

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.header("ETag")).isPresent().get().isNotEqualTo(etag);
        JsonObject member = MemberFixtures.read(MemberFixtures.SECRETARIAT, number);
        assertThat(member.getString("displayName")).isEqualTo("Changed Networks");
        assertThat(member.getString("website")).isEqualTo("https://changed.example");
        assertThat(member).doesNotContainKey("description");
        assertThat(member.getJsonObject("address").getString("city")).isEqualTo("Nairobi");

        RegistryHttp.Answer merged = representative.patch(PATH + number, "{\"address\": {\"postalCode\": null, \"city\": \"Mombasa\"}}",
                "If-Match", answer.header("ETag").orElseThrow());
        assertThat(merged.json().getJsonObject("address")).isEqualTo(Json.createObjectBuilder()
                .add("street", "12 Harbour Road").add("city", "Mombasa").add("country", "KE").build());
    }

    @Test
    void aWriteWithoutIfMatchIs428AndWithAStaleOneIs412() {
        String etag = MemberFixtures.etag(representative, number);
        assertProblem(representative.patch(PATH + number, "{\"website\": \"https://a.example\"}"), 428);
        assertThat(representative.patch(PATH + number, "{\"website\": \"https://b.example\"}", "If-Match", etag).status()).isEqualTo(200);

        assertProblem(representative.patch(PATH + number, "{\"website\": \"https://c.example\"}", "If-Match", etag), 412);
        assertThat(MemberFixtures.read(representative, number).getString("website")).isEqualTo("https://b.example");
    }

    @Test
    void aContactChangeChangesTheETag() {
        String etag = MemberFixtures.etag(representative, number);
        assertThat(representative.post(PATH + number + "/contacts", "{\"name\": \"Extra Person\", \"email\": \"extra@changed.example\"}").status())
                .isEqualTo(201);
        assertProblem(representative.patch(PATH + number, "{\"website\": \"https://d.example\"}", "If-Match", etag), 412);
    }

    @Test
    void ifNoneMatchWithTheCurrentETagIs304() {
        String etag = MemberFixtures.etag(RegistryHttp.registry(), number);
        assertThat(RegistryHttp.registry().get(PATH + number, "If-None-Match", etag).status()).isEqualTo(304);
    }

    @Test
    void aRepresentativeMayNotSetTierStatusNumberJoinDateCategoryOrCountry() {
        String etag = MemberFixtures.etag(representative, number);
        for (String field : new String[] {"tier", "status", "number", "joinedOn", "category", "country"}) {
            JsonObject problem = assertInvalid(representative.patch(PATH + number, "{\"" + field + "\": \"STRATEGIC\"}", "If-Match", etag), field);
            assertThat(problem.getString("detail")).contains(field);
        }
        assertInvalid(representative.patch(PATH + number, "{\"tier\": \"STRATEGIC\", \"status\": \"ACTIVE\", \"website\": \"https://e.example\"}",
                "If-Match", etag), "tier", "status");
        assertThat(MemberFixtures.read(representative, number).getString("tier")).isEqualTo("FULL");
    }

    @Test
    void theSecretariatChangesCategoryCountryAndJoinDateButTierAndStatusOnlyWithAReason() {
        String other = Members.admit();
        JsonObject changed = MemberFixtures.patch(other, Json.createObjectBuilder().add("category", "INSTITUTION").add("country", "FR")
                .add("joinedOn", "2024-03-01").build());
        assertThat(changed.getString("category")).isEqualTo("INSTITUTION");
        assertThat(changed.getString("continent")).isEqualTo("EU");
        assertThat(changed.getString("joinedOn")).isEqualTo("2024-03-01");

        String etag = MemberFixtures.etag(MemberFixtures.SECRETARIAT, other);
        assertInvalid(MemberFixtures.SECRETARIAT.patch(PATH + other, "{\"tier\": \"STRATEGIC\", \"continent\": \"AS\", \"secret\": 1}", "If-Match", etag),
                "tier", "continent", "secret");
    }

    @Test
    void badValuesAreNamed() {
        String etag = MemberFixtures.etag(representative, number);
        assertInvalid(representative.patch(PATH + number, """
                {"legalName": "", "website": "not a web address", "address": {"city": "Nairobi", "country": "Atlantis"}}""", "If-Match", etag),
                "legalName", "website", "address.country");
        assertProblem(representative.patch(PATH + number, "[1, 2]", "If-Match", etag), 400);
        assertProblem(representative.patch(PATH + number, "{\"website\": ", "If-Match", etag), 400);
        assertProblem(representative.send("PATCH", PATH + number, "application/json", "{}", "If-Match", etag), 415);
    }
}
