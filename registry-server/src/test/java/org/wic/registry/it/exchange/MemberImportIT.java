package org.wic.registry.it.exchange;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Members imported from the export's CSV: checked as a whole, written all or not at all. */
class MemberImportIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());
    private static final List<String> HEADER = CsvExportIT.MEMBER_HEADER;

    @Test
    void aFileWithThreeBadLinesWritesNothingAndNamesAllThree() {
        String good = Identities.unique("Import Good Networks");
        String file = Csv.write(HEADER, List.of(
                line(good, "amina@good.example", "true"),
                with(line(Identities.unique("Import Bad Country"), "x@bad.example", "true"), "country", "XX"),
                line(Identities.unique("Import Bad Email"), "not-an-email", "true"),
                with(line(Identities.unique("Import Bad Tier"), "y@bad.example", "true"), "tier", "NO-SUCH-TIER")));

        JsonObject problem = assertInvalid(importing(file), "country", "contactEmail", "tier");

        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getInt("line") + ":" + error.getString("field"))
                .containsExactly("3:country", "4:contactEmail", "5:tier");
        assertThat(problem.getString("detail")).contains("line 3", "line 4", "line 5");
        assertThat(directoryCount(good)).as("the good line is not written either").isZero();
    }

    @Test
    void newMembersAreWrittenWithTheirContactsAddressesAndStatus() {
        String name = Identities.unique("Import Networks");
        Map<String, String> first = with(with(line(name, "wanjiru@import.example", "true"), "addressCity", "Kisumu"), "addressCountry", "KE");
        first.put("status", "SUSPENDED");
        Map<String, String> second = new HashMap<>(first);
        second.putAll(Map.of("contactName", "Baraka Mwangi", "contactEmail", "baraka@import.example", "contactPrimary", "false", "contactPhone", "+254 700 000000"));

        RegistryHttp.Answer answer = importing(Csv.write(HEADER, List.of(first, second)));

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        assertThat(answer.json().getInt("members")).isEqualTo(1);
        assertThat(answer.json().getInt("contacts")).isEqualTo(2);
        String number = answer.json().getJsonArray("numbers").getString(0);
        JsonObject member = SECRETARIAT.get("/api/v1/members/" + number).json();
        assertThat(member.getString("legalName")).isEqualTo(name);
        assertThat(member.getString("status")).isEqualTo("SUSPENDED");
        assertThat(member.getString("joinedOn")).isEqualTo("2024-05-01");
        assertThat(member.getJsonObject("address").getString("city")).isEqualTo("Kisumu");
        assertThat(member.getJsonArray("contacts").getValuesAs(JsonObject.class))
                .extracting(contact -> contact.getString("email") + "/" + contact.getBoolean("primary"))
                .containsExactly("wanjiru@import.example/true", "baraka@import.example/false");
        assertThat(SECRETARIAT.get("/api/v1/audit?entityType=member&entityId=" + number).body()).contains("member.imported");
    }

    @Test
    void exportingAndImportingReproducesTheMembers() {
        String one = Members.admit();
        String two = Members.admit();
        assertThat(SECRETARIAT.post("/api/v1/members/" + two + "/contacts",
                "{\"name\": \"Otieno Kamau\", \"email\": \"otieno@" + two.toLowerCase() + ".example\", \"title\": \"Treasurer\"}").status()).isEqualTo(201);
        List<Map<String, String>> exported = Csv.rows(SECRETARIAT.get("/api/v1/exports/members.csv").body()).stream()
                .filter(row -> row.get("number").equals(one) || row.get("number").equals(two)).toList();
        assertThat(exported).hasSize(3);

        assertThat(assertInvalid(importing(Csv.write(HEADER, exported)), "number", "number").toString())
                .as("the numbers are taken here: nothing is written twice").contains("is a member of this registry already");

        // as new members here: the same lines without numbers
        List<Map<String, String>> withoutNumbers = exported.stream().map(row -> with(row, "number", "")).toList();
        RegistryHttp.Answer imported = importing(Csv.write(HEADER, withoutNumbers));
        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        List<String> numbers = imported.json().getJsonArray("numbers").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertThat(numbers).hasSize(2);

        List<Map<String, String>> reexported = Csv.rows(SECRETARIAT.get("/api/v1/exports/members.csv").body()).stream()
                .filter(row -> numbers.contains(row.get("number"))).map(row -> with(row, "number", "")).toList();
        assertThat(reexported).isEqualTo(withoutNumbers);
    }

    @Test
    void theShapeOfTheFileIsCheckedToo() {
        assertInvalid(importing("number,legalName,colour\r\n"), "colour", "displayName", "category", "country", "tier", "status", "joinedOn",
                "website", "description", "addressStreet", "addressCity", "addressRegion", "addressPostalCode", "addressCountry", "contactName",
                "contactTitle", "contactEmail", "contactPhone", "contactPrimary");
        assertInvalid(importing(""), "file");
        assertInvalid(importing(String.join(",", HEADER) + "\r\n"), "file");
        assertInvalid(importing(String.join(",", HEADER) + "\r\n\"unclosed,quote\r\n"), "file");
        Map<String, String> twoPrimaries = line(Identities.unique("Import Two Primaries"), "a@two.example", "true");
        Map<String, String> alsoPrimary = with(twoPrimaries, "contactEmail", "b@two.example");
        JsonObject problem = assertInvalid(importing(Csv.write(HEADER, List.of(twoPrimaries, alsoPrimary))), "contactPrimary");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(2);
        RegistryHttp.Answer json = SECRETARIAT.send("POST", "/api/v1/imports/members", "application/json", "{}");
        assertProblem(json, 415);
    }

    private static RegistryHttp.Answer importing(String csv) {
        return SECRETARIAT.send("POST", "/api/v1/imports/members", "text/csv", csv);
    }

    /** A line of a new member (no number) with its one contact. */
    @Test
    void aRetriedImportWithItsIdempotencyKeyWritesTheMembersOnce() {
        String name = Identities.unique("Import Once Networks");
        String file = Csv.write(HEADER, List.of(line(name, "once@import.example", "true")));
        String key = java.util.UUID.randomUUID().toString();

        RegistryHttp.Answer first = SECRETARIAT.send("POST", "/api/v1/imports/members", "text/csv", file, "Idempotency-Key", key);
        RegistryHttp.Answer retried = SECRETARIAT.send("POST", "/api/v1/imports/members", "text/csv", file, "Idempotency-Key", key);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).hasValue("true");
        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(directoryCount(name)).isEqualTo(1);
        String other = Csv.write(HEADER, List.of(line(Identities.unique("Import Other Networks"), "other@import.example", "true")));
        assertThat(SECRETARIAT.send("POST", "/api/v1/imports/members", "text/csv", other, "Idempotency-Key", key).status()).isEqualTo(422);
    }

    private static Map<String, String> line(String legalName, String email, String primary) {
        var line = new HashMap<String, String>();
        line.putAll(Map.of("legalName", legalName, "displayName", legalName, "category", "ENTERPRISE", "country", "KE", "tier", "FULL",
                "status", "ACTIVE", "joinedOn", "2024-05-01", "website", "https://import.example"));
        line.putAll(Map.of("contactName", "Wanjiru Njeri", "contactEmail", email, "contactPrimary", primary));
        return line;
    }

    private static Map<String, String> with(Map<String, String> line, String column, String value) {
        var changed = new HashMap<>(line);
        changed.put(column, value);
        return changed;
    }

    private static int directoryCount(String name) {
        return SECRETARIAT.get("/api/v1/members?status=ACTIVE&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json().getJsonArray("items").size();
    }
}
