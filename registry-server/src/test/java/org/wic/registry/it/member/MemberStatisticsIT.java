package org.wic.registry.it.member;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Identities;
import org.wic.registry.it.Members;
import org.wic.registry.it.RegistryHttp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** The statistics equal what the test counts itself by walking the directory and the applications. */
class MemberStatisticsIT {

    @Test
    void membershipFiguresEqualTheDirectorysCounts() {
        String suspended = Members.admit();
        MemberFixtures.status(suspended, "SUSPENDED");
        Members.admit(Applicants.form(Identities.unique("Counted Person")).add("category", "INDIVIDUAL").add("country", "JP")
                .add("requestedTier", "INDIVIDUAL"), "INDIVIDUAL");

        List<JsonObject> active = walk("/api/v1/members?status=ACTIVE&limit=200");
        JsonObject figures = RegistryHttp.registry().get("/api/v1/statistics/members").json();

        assertThat(figures.getJsonNumber("members").longValue()).isEqualTo(active.size());
        assertThat(counts(figures.getJsonObject("byContinent"))).isEqualTo(countBy(active, "continent"));
        assertThat(counts(figures.getJsonObject("byCountry"))).isEqualTo(countBy(active, "country"));
        assertThat(figures.getInt("countries")).isEqualTo(countBy(active, "country").size());
        assertThat(figures.getInt("continents")).isEqualTo(countBy(active, "continent").size());
        assertThat(nonZero(figures.getJsonObject("byCategory"))).isEqualTo(countBy(active, "category"));
        assertThat(nonZero(figures.getJsonObject("byTier"))).isEqualTo(countBy(active, "tier"));
        for (String status : List.of("ACTIVE", "SUSPENDED", "WITHDRAWN", "TERMINATED")) {
            assertThat(figures.getJsonObject("byStatus").getJsonNumber(status).longValue()).as(status)
                    .isEqualTo(walk("/api/v1/members?limit=200&status=" + status).size());
        }
    }

    @Test
    void applicationFiguresEqualTheApplicationsCounts() {
        Applicants.submit();
        RegistryHttp secretariat = MemberFixtures.SECRETARIAT;
        JsonObject figures = secretariat.get("/api/v1/statistics/applications").json();

        long total = 0;
        for (String status : List.of("SUBMITTED", "UNDER_REVIEW", "INFORMATION_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN")) {
            int counted = walk(secretariat, "/api/v1/applications?limit=200&status=" + status).size();
            assertThat(figures.getJsonObject("byStatus").getJsonNumber(status).longValue()).as(status).isEqualTo(counted);
            total += counted;
        }
        assertThat(figures.getJsonNumber("total").longValue()).isEqualTo(total);
        assertThat(figures.getJsonObject("byMonth").values().stream().mapToLong(count -> ((jakarta.json.JsonNumber) count).longValue()).sum())
                .isEqualTo(total);
    }

    @Test
    void applicationFiguresAreTheSecretariats() {
        assertProblem(RegistryHttp.registry().get("/api/v1/statistics/applications"), 401);
        assertProblem(RegistryHttp.registry().as(Identities.newPartner()).get("/api/v1/statistics/applications"), 403);
    }

    private static List<JsonObject> walk(String path) {
        return walk(RegistryHttp.registry(), path);
    }

    private static List<JsonObject> walk(RegistryHttp client, String first) {
        var items = new java.util.ArrayList<JsonObject>();
        String path = first;
        while (path != null) {
            RegistryHttp.Answer answer = client.get(path);
            assertThat(answer.status()).as("%s", answer).isEqualTo(200);
            items.addAll(answer.json().getJsonArray("items").getValuesAs(JsonObject.class));
            path = answer.nextPath().orElse(null);
        }
        return items;
    }

    private static Map<String, Long> countBy(List<JsonObject> members, String field) {
        Map<String, Long> counts = new TreeMap<>();
        members.forEach(member -> counts.merge(member.getString(field), 1L, Long::sum));
        return counts;
    }

    private static Map<String, Long> counts(JsonObject figures) {
        Map<String, Long> counts = new TreeMap<>();
        figures.forEach((key, value) -> counts.put(key, ((jakarta.json.JsonNumber) value).longValue()));
        return counts;
    }

    private static Map<String, Long> nonZero(JsonObject figures) {
        Map<String, Long> counts = new HashMap<>(counts(figures));
        counts.values().removeIf(count -> count == 0);
        return new TreeMap<>(counts);
    }
}
