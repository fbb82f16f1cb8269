package org.wic.registry.it.exchange;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Imports;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports larger than one chunk of the worker (2 000 staged lines): a numbered member whose lines
 * lie in different chunks, progress that moves, a problem deep in the file that leaves nothing written, and
 * two imports of the same numbered file at once, of which one writes it.
 */
class LargeImportIT {

    private static final RegistryHttp SECRETARIAT = RegistryHttp.registry().as(Identities.admin());
    private static final int MEMBERS = 2_500;

    @Test
    void aFileOfSeveralChunksIsWrittenWholeWithMembersWhoseLinesAreFarApart() {
        String prefix = Identities.unique("Large Import");
        List<Map<String, String>> lines = newMembers(prefix, MEMBERS);
        // a numbered member whose second line comes last: its lines are 2 500 lines apart, in different chunks
        String number = String.format("WIC-%06d", numbersAhead(50));
        Map<String, String> numbered = new HashMap<>(lines.get(1));
        numbered.putAll(Map.of("number", number, "legalName", prefix + " Numbered", "displayName", prefix + " Numbered"));
        lines.add(1, numbered);
        Map<String, String> numberedSecond = new HashMap<>(numbered);
        numberedSecond.putAll(Map.of("contactEmail", "second@numbered.example", "contactPrimary", "false"));
        lines.add(numberedSecond);

        RegistryHttp.Answer accepted = Imports.post(Csv.write(CsvExportIT.MEMBER_HEADER, lines));
        var seenProgress = new ArrayList<Integer>();
        JsonObject job = followed(accepted, seenProgress);

        assertThat(job.getString("status")).as("%s", job).isEqualTo("COMPLETED");
        assertThat(job.getInt("written")).isEqualTo(MEMBERS + 1);
        assertThat(job.getInt("contacts")).isEqualTo(MEMBERS + 2);
        assertThat(job.getJsonObject("progress").getInt("done")).isEqualTo(lines.size());
        assertThat(seenProgress).as("progress only moves on").isSorted();
        assertThat(count(prefix)).isEqualTo(MEMBERS + 1);
        assertThat(SECRETARIAT.get("/api/v1/members/" + number).json().getJsonArray("contacts")).hasSize(2);
        assertThat(SECRETARIAT.get("/api/v1/audit?entityType=member&entityId=" + number).body()).contains("member.imported");
    }

    @Test
    void aProblemNearTheEndOfALargeFileWritesNothing() {
        String prefix = Identities.unique("Large Broken Import");
        List<Map<String, String>> lines = newMembers(prefix, MEMBERS);
        lines.get(MEMBERS - 10).put("country", "ZZ");
        lines.get(MEMBERS - 5).put("joinedOn", "yesterday");

        JsonObject job = Imports.run(Csv.write(CsvExportIT.MEMBER_HEADER, lines));

        Imports.assertFailed(job, "country", "joinedOn");
        assertThat(job.getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(error -> error.getInt("line"))
                .containsExactly(MEMBERS - 10 + 2, MEMBERS - 5 + 2);
        assertThat(count(prefix)).as("the members checked and written before the problem are not kept").isZero();
    }

    @Test
    void twoImportsOfTheSameNumberedFileAtOnceWriteItOnce() {
        String prefix = Identities.unique("Twice Import");
        long base = numbersAhead(1000);
        List<Map<String, String>> lines = newMembers(prefix, 300);
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).put("number", String.format("WIC-%06d", base + i));
        }
        String file = Csv.write(CsvExportIT.MEMBER_HEADER, lines);

        List<JsonObject> ends = Stream.of(CompletableFuture.supplyAsync(() -> Imports.run(file)), CompletableFuture.supplyAsync(() -> Imports.run(file)))
                .map(CompletableFuture::join).toList();

        assertThat(ends).extracting(job -> job.getString("status")).containsExactlyInAnyOrder("COMPLETED", "FAILED");
        assertThat(count(prefix)).isEqualTo(300);
    }

    /** A member number not handed out yet, a little ahead of the newest member's (so the numbers after it stay small). */
    private static long numbersAhead(int ahead) {
        return Long.parseLong(Members.admit().substring("WIC-".length())) + ahead;
    }

    /** Follows the import to its end, noting each progress it showed on the way. */
    private static JsonObject followed(RegistryHttp.Answer accepted, List<Integer> seen) {
        String location = accepted.header("Location").orElseThrow();
        while (true) {
            JsonObject job = SECRETARIAT.get(java.net.URI.create(location).getPath()).json();
            seen.add(job.getJsonObject("progress").getInt("done"));
            if (!job.getString("status").equals("RUNNING")) {
                return Imports.awaitEnd(accepted);
            }
        }
    }

    private static List<Map<String, String>> newMembers(String prefix, int count) {
        var lines = new ArrayList<Map<String, String>>();
        for (int i = 0; i < count; i++) {
            String name = prefix + " " + String.format("%05d", i) + " Ltd";
            var line = new HashMap<String, String>();
            line.putAll(Map.of("number", "", "legalName", name, "displayName", name, "category", "ENTERPRISE", "country", i % 2 == 0 ? "KE" : "DE",
                    "tier", "FULL", "status", "ACTIVE", "joinedOn", "2024-05-01"));
            line.putAll(Map.of("contactName", "Contact " + i, "contactEmail", "contact" + i + "@large.example", "contactPrimary", "true"));
            lines.add(line);
        }
        return lines;
    }

    private static long count(String prefix) {
        return SECRETARIAT.get("/api/v1/exports/directory.csv?q=" + URLEncoder.encode(prefix, StandardCharsets.UTF_8)).body().lines().skip(1)
                .filter(line -> !line.isBlank()).count();
    }
}
