package org.wic.registry.it.exchange;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Imports;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Members imported from the export's CSV, as a job: checked as a whole, written all or not at all. */
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

        JsonObject failed = Imports.assertFailed(Imports.run(file), "country", "contactEmail", "tier");

        assertThat(failed.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getInt("line") + ":" + error.getString("field"))
                .containsExactly("3:country", "4:contactEmail", "5:tier");
        assertThat(failed.getJsonObject("progress").getInt("total")).isEqualTo(4);
        assertThat(directoryCount(good)).as("the good line is not written either").isZero();
    }

    @Test
    void newMembersAreWrittenWithTheirContactsAddressesAndStatus() {
        String name = Identities.unique("Import Networks");
        Map<String, String> first = with(with(line(name, "wanjiru@import.example", "true"), "addressCity", "Kisumu"), "addressCountry", "KE");
        first.put("status", "SUSPENDED");
        Map<String, String> second = new HashMap<>(first);
        second.putAll(Map.of("contactName", "Baraka Mwangi", "contactEmail", "baraka@import.example", "contactPrimary", "false", "contactPhone", "+254 700 000000"));

        RegistryHttp.Answer accepted = Imports.post(Csv.write(HEADER, List.of(first, second)));

        assertThat(accepted.json().getString("status")).isEqualTo("RUNNING");
        assertThat(accepted.json().getJsonObject("progress").getInt("total")).isEqualTo(2);
        JsonObject job = Imports.awaitEnd(accepted);
        assertThat(job.getString("status")).as("%s", job).isEqualTo("COMPLETED");
        assertThat(job.getInt("written")).isEqualTo(1);
        assertThat(job.getInt("contacts")).isEqualTo(2);
        assertThat(job.getJsonObject("progress").getInt("done")).isEqualTo(2);
        assertThat(job.containsKey("errors")).isFalse();
        String number = numbersNamed(name, "SUSPENDED").get(0);
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

        assertThat(Imports.assertFailed(Imports.run(Csv.write(HEADER, exported)), "number", "number").toString())
                .as("the numbers are taken here: nothing is written twice").contains("is a member of this registry already");

        // as new members here: the same lines without numbers
        List<Map<String, String>> withoutNumbers = exported.stream().map(row -> with(row, "number", "")).toList();
        JsonObject imported = Imports.run(Csv.write(HEADER, withoutNumbers));
        assertThat(imported.getString("status")).as("%s", imported).isEqualTo("COMPLETED");
        assertThat(imported.getInt("written")).isEqualTo(2);
        List<String> numbers = withoutNumbers.stream().map(row -> row.get("legalName")).distinct()
                .flatMap(name -> numbersNamed(name, "ACTIVE").stream()).filter(number -> !number.equals(one) && !number.equals(two)).toList();
        assertThat(numbers).hasSize(2);

        List<Map<String, String>> reexported = Csv.rows(SECRETARIAT.get("/api/v1/exports/members.csv").body()).stream()
                .filter(row -> numbers.contains(row.get("number"))).map(row -> with(row, "number", "")).toList();
        assertThat(reexported).isEqualTo(withoutNumbers);
    }

    @Test
    void theShapeOfTheFileIsCheckedToo() {
        RegistryHttp.Answer wrongColumns = Imports.post("number,legalName,colour\r\n");
        assertThat(wrongColumns.json().getString("status")).as("failed in the answer already").isEqualTo("FAILED");
        Imports.assertFailed(Imports.awaitEnd(wrongColumns), "colour", "displayName", "category", "country", "tier", "status", "joinedOn",
                "website", "description", "addressStreet", "addressCity", "addressRegion", "addressPostalCode", "addressCountry", "contactName",
                "contactTitle", "contactEmail", "contactPhone", "contactPrimary");
        Imports.assertFailed(Imports.run(""), "file");
        Imports.assertFailed(Imports.run(String.join(",", HEADER) + "\r\n"), "file");
        Imports.assertFailed(Imports.run(String.join(",", HEADER) + "\r\n\"unclosed,quote\r\n"), "file");
        Map<String, String> twoPrimaries = line(Identities.unique("Import Two Primaries"), "a@two.example", "true");
        Map<String, String> alsoPrimary = with(twoPrimaries, "contactEmail", "b@two.example");
        JsonObject failed = Imports.assertFailed(Imports.run(Csv.write(HEADER, List.of(twoPrimaries, alsoPrimary))), "contactPrimary");
        assertThat(failed.getJsonArray("errors").getJsonObject(0).getInt("line")).isEqualTo(2);
        RegistryHttp.Answer json = SECRETARIAT.send("POST", "/api/v1/imports/members", "application/json", "{}");
        assertProblem(json, 415);
    }

    @Test
    void aRetriedImportWithItsIdempotencyKeyWritesTheMembersOnce() {
        String name = Identities.unique("Import Once Networks");
        String file = Csv.write(HEADER, List.of(line(name, "once@import.example", "true")));
        String key = java.util.UUID.randomUUID().toString();

        RegistryHttp.Answer first = Imports.post(file, "Idempotency-Key", key);
        RegistryHttp.Answer retried = Imports.post(file, "Idempotency-Key", key);

        assertThat(first.status()).as("%s", first).isEqualTo(202);
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.header("Idempotent-Replayed")).hasValue("true");
        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(Imports.awaitEnd(retried).getString("status")).isEqualTo("COMPLETED");
        assertThat(directoryCount(name)).isEqualTo(1);
        String other = Csv.write(HEADER, List.of(line(Identities.unique("Import Other Networks"), "other@import.example", "true")));
        assertThat(Imports.post(other, "Idempotency-Key", key).status()).isEqualTo(422);
    }

    /** A line of a new member (no number) with its one contact. */
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

    private static List<String> numbersNamed(String name, String status) {
        return SECRETARIAT.get("/api/v1/members?status=" + status + "&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(member -> member.getString("number")).toList();
    }

    private static int directoryCount(String name) {
        return SECRETARIAT.get("/api/v1/members?status=ACTIVE&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).json().getJsonArray("items").size();
    }
}
