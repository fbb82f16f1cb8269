package org.wic.registry.it.exchange;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Imports;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;

/** The secretariat's CSV exports: RFC 4180, UTF-8, a header first, every row the registry holds. */
class CsvExportIT {

    static final List<String> MEMBER_HEADER = List.of("number", "legalName", "displayName", "category", "country", "tier", "status",
            "joinedOn", "website", "description", "addressStreet", "addressCity", "addressRegion", "addressPostalCode", "addressCountry",
            "contactName", "contactTitle", "contactEmail", "contactPhone", "contactPrimary");
    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());

    @Test
    void membersWithTheirAddressesAndContactsOneLinePerContact() {
        String number = Members.admit();
        String etag = SECRETARIAT.get("/api/v1/members/" + number).header("ETag").orElseThrow();
        assertThat(SECRETARIAT.patch("/api/v1/members/" + number, "{\"displayName\": \"Réseaux Ñandú, \\\"Quoted\\\"\", "
                + "\"address\": {\"street\": \"1 Ngong Road\\nBlock B\", \"city\": \"Nairobi\", \"country\": \"KE\"}}", "If-Match", etag).status()).isEqualTo(200);
        String second = Identities.unique("otieno") + "@networks.example";
        assertThat(SECRETARIAT.post("/api/v1/members/" + number + "/contacts",
                "{\"name\": \"Otieno Kamau\", \"title\": \"Treasurer\", \"email\": \"" + second + "\", \"phone\": \"+254 20 1234567\"}").status()).isEqualTo(201);

        RegistryHttp.Answer export = SECRETARIAT.get("/api/v1/exports/members.csv");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
        assertThat(export.header("Content-Disposition")).hasValue("attachment; filename=\"members.csv\"");
        assertThat(export.body()).startsWith(String.join(",", MEMBER_HEADER) + "\r\n");
        List<Map<String, String>> lines = Csv.rows(export.body()).stream().filter(row -> row.get("number").equals(number)).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("displayName")).isEqualTo("Réseaux Ñandú, \"Quoted\"");
            assertThat(line.get("addressStreet")).isEqualTo("1 Ngong Road\nBlock B");
            assertThat(line.get("addressCity")).isEqualTo("Nairobi");
            assertThat(line.get("tier")).isEqualTo("FULL");
            assertThat(line.get("status")).isEqualTo("ACTIVE");
        });
        assertThat(lines.get(0).get("contactName")).isEqualTo("Amina Wanjiru");
        assertThat(lines.get(0).get("contactPrimary")).isEqualTo("true");
        assertThat(lines.get(1)).containsEntry("contactName", "Otieno Kamau").containsEntry("contactTitle", "Treasurer")
                .containsEntry("contactEmail", second).containsEntry("contactPhone", "'+254 20 1234567").containsEntry("contactPrimary", "false"); // a leading + is written as text
        List<Integer> numbers = Csv.rows(export.body()).stream().map(row -> Integer.parseInt(row.get("number").substring(4))).distinct().toList();
        assertThat(numbers).as("every member once, by number").isSorted().doesNotHaveDuplicates().hasSizeGreaterThan(1);
    }

    @Test
    void theDirectoryExportHonoursTheDirectorysFilters() {
        Members.admit();
        String query = "?country=KEN&status=ACTIVE&category=ENTERPRISE&sort=number";

        RegistryHttp.Answer export = SECRETARIAT.get("/api/v1/exports/directory.csv" + query);

        assertThat(export.status()).isEqualTo(200);
        assertThat(Csv.header(export.body())).containsExactly("number", "legalName", "displayName", "category", "country", "continent", "tier",
                "status", "joinedOn", "website", "description");
        List<Map<String, String>> rows = Csv.rows(export.body());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("country")).isEqualTo("KE");
            assertThat(row.get("continent")).isEqualTo("AF");
            assertThat(row.get("status")).isEqualTo("ACTIVE");
            assertThat(row.get("category")).isEqualTo("ENTERPRISE");
        });
        assertThat(rows).extracting(row -> row.get("number")).containsExactlyElementsOf(directory(query));
        assertThat(export.body()).doesNotContain("@networks.example").as("no private columns");
        assertInvalid(SECRETARIAT.get("/api/v1/exports/directory.csv?continent=XX&joinedFrom=yesterday"), "continent", "joinedFrom");
    }

    @Test
    void invoicesAndPaymentsWithTheirAmountsAndMembers() {
        String number = Members.admit();
        JsonObject invoice = SECRETARIAT.get("/api/v1/invoices?member=" + number).json().getJsonArray("items").getJsonObject(0);
        String invoiceNumber = invoice.getString("number");
        RegistryHttp.Answer paid = SECRETARIAT.post("/api/v1/invoices/" + invoiceNumber + "/payments",
                "{\"amount\": {\"value\": \"10.00\", \"currency\": \"" + invoice.getJsonObject("amount").getString("currency") + "\"}, "
                        + "\"receivedOn\": \"" + invoice.getString("issuedOn") + "\", \"method\": \"BANK_TRANSFER\", \"reference\": \"CSV test\"}");
        assertThat(paid.status()).as("%s", paid).isEqualTo(201);

        Map<String, String> invoiceRow = Csv.rows(SECRETARIAT.get("/api/v1/exports/invoices.csv").body()).stream()
                .filter(row -> row.get("number").equals(invoiceNumber)).findFirst().orElseThrow();
        Map<String, String> paymentRow = Csv.rows(SECRETARIAT.get("/api/v1/exports/payments.csv").body()).stream()
                .filter(row -> row.get("invoiceNumber").equals(invoiceNumber)).findFirst().orElseThrow();

        assertThat(invoiceRow).containsEntry("memberNumber", number).containsEntry("amount", invoice.getJsonObject("amount").getString("value"))
                .containsEntry("paid", "10.00").containsEntry("status", "PARTIALLY_PAID").containsEntry("overdue", "false")
                .containsEntry("issuedOn", invoice.getString("issuedOn")).containsEntry("dueOn", invoice.getString("dueOn"));
        assertThat(paymentRow).containsEntry("memberNumber", number).containsEntry("amount", "10.00").containsEntry("receivedOn", invoice.getString("issuedOn"))
                .containsEntry("method", "BANK_TRANSFER").containsEntry("reference", "CSV test").containsEntry("reversed", "false");
    }

    @Test
    void cellsASpreadsheetWouldRunAreWrittenAsTextAndReadBackAsTheyWere() {
        String number = Members.admit();
        String formula = "=HYPERLINK(\"http://attacker.example\",\"Click\")";
        String etag = SECRETARIAT.get("/api/v1/members/" + number).header("ETag").orElseThrow();
        assertThat(SECRETARIAT.patch("/api/v1/members/" + number, "{\"displayName\": \"" + formula.replace("\"", "\\\"") + "\"}", "If-Match", etag).status())
                .isEqualTo(200);
        assertThat(SECRETARIAT.post("/api/v1/members/" + number + "/contacts",
                "{\"name\": \"@Otieno\", \"email\": \"" + Identities.unique("o") + "@networks.example\", \"phone\": \"+254 20 1234567\"}").status())
                .isEqualTo(201);

        String directory = SECRETARIAT.get("/api/v1/exports/directory.csv?sort=number").body();
        String members = SECRETARIAT.get("/api/v1/exports/members.csv").body();

        assertThat(directory).contains("'=HYPERLINK").doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
        List<Map<String, String>> lines = Csv.rows(members).stream().filter(row -> row.get("number").equals(number)).toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.get("displayName")).isEqualTo("'" + formula));
        assertThat(lines.get(1)).containsEntry("contactName", "'@Otieno").containsEntry("contactPhone", "'+254 20 1234567");

        // read back as a new member (no number): the values are the original ones
        var copy = lines.stream().map(line -> {
            var row = new java.util.LinkedHashMap<>(line);
            row.put("number", "");
            return (Map<String, String>) row;
        }).toList();
        JsonObject imported = Imports.run(Csv.write(MEMBER_HEADER, copy));
        assertThat(imported.getString("status")).as("%s", imported).isEqualTo("COMPLETED");
        String copyNumber = SECRETARIAT.get("/api/v1/members?q=" + java.net.URLEncoder.encode(lines.get(0).get("legalName"), java.nio.charset.StandardCharsets.UTF_8))
                .json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(member -> member.getString("number"))
                .filter(found -> !found.equals(number)).findFirst().orElseThrow();
        JsonObject read = SECRETARIAT.get("/api/v1/members/" + copyNumber).json();
        assertThat(read.getString("displayName")).isEqualTo(formula);
        assertThat(read.getJsonArray("contacts").getValuesAs(JsonObject.class)).anySatisfy(contact -> {
            assertThat(contact.getString("name")).isEqualTo("@Otieno");
            assertThat(contact.getString("phone")).isEqualTo("+254 20 1234567");
        });
    }

    private static List<String> directory(String query) {
        var numbers = new ArrayList<String>();
        Optional<String> path = Optional.of("/api/v1/members" + query + "&limit=200");
        Set<String> seen = new HashSet<>();
        while (path.isPresent()) {
            RegistryHttp.Answer page = SECRETARIAT.get(path.get());
            page.json().getJsonArray("items").getValuesAs(JsonObject.class).forEach(member -> {
                if (seen.add(member.getString("number"))) {
                    numbers.add(member.getString("number"));
                }
            });
            path = page.nextPath();
        }
        return numbers;
    }
}
