package org.wic.registry.it.member;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** A member's contacts: always exactly one primary. */
class MemberContactsIT {

    private String contacts;
    private RegistryHttp representative;

    @BeforeEach
    void member() {
        String number = Members.admit();
        contacts = "/api/v1/members/" + number + "/contacts";
        representative = RegistryHttp.registry().as(Identities.newRepresentative(number));
    }

    @Test
    void aNewPrimaryContactDemotesTheFormerOne() {
        long first = list().get(0).getJsonNumber("id").longValue();
        RegistryHttp.Answer added = representative.post(contacts, """
                {"name": "Second Person", "title": "Director", "email": "second@networks.example", "phone": "+254 20 123", "primary": true}""");
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        assertThat(added.header("Location")).get().asString().endsWith(contacts + "/" + added.json().getJsonNumber("id"));

        assertThat(primaries()).containsExactly(added.json().getJsonNumber("id").longValue());
        assertThat(representative.patch(contacts + "/" + first, "{\"primary\": true}", "If-Match", etag()).json().getBoolean("primary")).isTrue();
        assertThat(primaries()).containsExactly(first);
    }

    @Test
    void thePrimaryContactCanBeNeitherDemotedNorRemoved() {
        long primary = list().get(0).getJsonNumber("id").longValue();
        assertProblem(representative.patch(contacts + "/" + primary, "{\"primary\": false}", "If-Match", etag()), 409);
        assertProblem(representative.delete(contacts + "/" + primary, "If-Match", etag()), 409);
        assertThat(primaries()).containsExactly(primary);
    }

    @Test
    void anOrdinaryContactIsChangedAndRemoved() {
        long id = representative.post(contacts, "{\"name\": \"Temp Person\", \"email\": \"temp@networks.example\", \"phone\": \"+1 555 0100\"}")
                .json().getJsonNumber("id").longValue();
        JsonObject changed = representative.patch(contacts + "/" + id, "{\"title\": \"Adviser\", \"phone\": null}", "If-Match", etag()).json();
        assertThat(changed.getString("title")).isEqualTo("Adviser");
        assertThat(changed).doesNotContainKey("phone");
        assertThat(changed.getBoolean("primary")).isFalse();

        assertThat(representative.delete(contacts + "/" + id, "If-Match", etag()).status()).isEqualTo(204);
        assertThat(list()).hasSize(1);
        assertProblem(representative.delete(contacts + "/" + id, "If-Match", etag()), 404);
    }

    @Test
    void emailsAndOtherFieldsAreChecked() {
        assertInvalid(representative.post(contacts, "{\"name\": \"\", \"email\": \"not-an-address\", \"phone\": \"call me\"}"), "name", "email", "phone");
        long id = list().get(0).getJsonNumber("id").longValue();
        assertInvalid(representative.patch(contacts + "/" + id, "{\"email\": \"a@b\", \"primary\": \"yes\", \"shoeSize\": 44}", "If-Match", etag()),
                "primary", "shoeSize");
        assertInvalid(representative.patch(contacts + "/" + id, "{\"email\": \"a@b\"}", "If-Match", etag()), "email");
        assertThat(list()).hasSize(1);
    }

    @Test
    void changesNeedTheMembersVersionAndHandTheNextOneOn() {
        long id = representative.post(contacts, "{\"name\": \"Temp Person\", \"email\": \"temp@networks.example\"}").json().getJsonNumber("id").longValue();
        String read = etag();

        assertProblem(representative.patch(contacts + "/" + id, "{\"title\": \"Adviser\"}"), 428);
        assertProblem(representative.delete(contacts + "/" + id), 428);
        RegistryHttp.Answer changed = representative.patch(contacts + "/" + id, "{\"title\": \"Adviser\"}", "If-Match", read);
        assertThat(changed.status()).isEqualTo(200);
        assertProblem(representative.patch(contacts + "/" + id, "{\"title\": \"Treasurer\"}", "If-Match", read), 412);
        assertProblem(representative.post(contacts, "{\"name\": \"Late Person\", \"email\": \"late@networks.example\"}", "If-Match", read), 412);
        assertThat(changed.header("ETag")).as("the member's version after the change").hasValue(etag());
        assertThat(representative.delete(contacts + "/" + id, "If-Match", changed.header("ETag").orElseThrow()).status()).isEqualTo(204);
        assertThat(list()).extracting(contact -> contact.getString("title", "")).doesNotContain("Treasurer");
    }

    private String etag() {
        return representative.get(contacts).header("ETag").orElseThrow();
    }

    private List<JsonObject> list() {
        RegistryHttp.Answer answer = representative.get(contacts);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private List<Long> primaries() {
        return list().stream().filter(contact -> contact.getBoolean("primary")).map(contact -> contact.getJsonNumber("id").longValue()).toList();
    }
}
