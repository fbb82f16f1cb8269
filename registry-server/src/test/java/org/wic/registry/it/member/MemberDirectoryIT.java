package org.wic.registry.it.member;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;

/**
 * The public directory: every filter, both orders, and paging. Each test's members carry a marker
 * in their names, so {@code q=marker} limits a listing to them on a database other tests filled.
 */
class MemberDirectoryIT {

    private static final RegistryHttp ANONYMOUS = RegistryHttp.registry();
    private static String marker;
    private static String kenyanEnterprise;
    private static String frenchInstitution;
    private static String brazilianOrganization;
    private static String japaneseIndividual;
    private static String suspendedGhanaian;

    @BeforeAll
    static void members() {
        marker = Identities.unique("Dirtest").replace("-", "");
        kenyanEnterprise = MemberFixtures.admit(marker, "Ömega Networks", "ENTERPRISE", "KE", "FULL");
        frenchInstitution = MemberFixtures.admit(marker, "Alpha Institute", "INSTITUTION", "FR", "ASSOCIATE");
        brazilianOrganization = MemberFixtures.admit(marker, "Beta Alliance", "ORGANIZATION", "BR", "STRATEGIC");
        japaneseIndividual = MemberFixtures.admit(marker, "Chiyo Tanaka", "INDIVIDUAL", "JP", "INDIVIDUAL");
        suspendedGhanaian = MemberFixtures.admit(marker, "Delta Forum", "ORGANIZATION", "GH", "FULL");
        MemberFixtures.status(suspendedGhanaian, "SUSPENDED");
        MemberFixtures.joinedOn(kenyanEnterprise, "2023-05-10");
        MemberFixtures.joinedOn(frenchInstitution, "2024-01-15");
        MemberFixtures.joinedOn(brazilianOrganization, "2024-12-31");
    }

    @Test
    void activeMembersByNameIgnoringCaseAndAccentsByDefault() {
        assertThat(numbers("")).containsExactly(frenchInstitution, brazilianOrganization, japaneseIndividual, kenyanEnterprise);
    }

    @Test
    void sortedByNumber() {
        assertThat(numbers("&sort=number")).containsExactly(kenyanEnterprise, frenchInstitution, brazilianOrganization, japaneseIndividual);
    }

    @Test
    void eachFilter() {
        assertThat(numbers("&country=KEN")).containsExactly(kenyanEnterprise);
        assertThat(numbers("&continent=EU")).containsExactly(frenchInstitution);
        assertThat(numbers("&continent=SA")).containsExactly(brazilianOrganization);
        assertThat(numbers("&tier=STRATEGIC")).containsExactly(brazilianOrganization);
        assertThat(numbers("&category=individual")).containsExactly(japaneseIndividual);
        assertThat(numbers("&status=SUSPENDED")).containsExactly(suspendedGhanaian);
        assertThat(numbers("&status=WITHDRAWN")).isEmpty();
        assertThat(numbers("&joinedFrom=2024-01-15&joinedTo=2024-12-31")).containsExactly(frenchInstitution, brazilianOrganization);
        assertThat(numbers("&joinedTo=2023-12-31")).containsExactly(kenyanEnterprise);
        assertThat(numbers("&category=ORGANIZATION&continent=SA&tier=STRATEGIC")).containsExactly(brazilianOrganization);
    }

    @Test
    void nameSearchIgnoresCaseAndAccents() {
        RegistryHttp.Answer answer = ANONYMOUS.get("/api/v1/members?q=" + marker.toUpperCase() + "%20OMEGA");
        assertThat(items(answer)).extracting(member -> member.getString("number")).containsExactly(kenyanEnterprise);
    }

    @Test
    void onlyPublicFields() {
        JsonObject member = items(ANONYMOUS.get("/api/v1/members?q=" + marker + "&country=KE")).get(0);
        assertThat(member.keySet()).containsExactlyInAnyOrder("number", "legalName", "displayName", "category", "country", "continent", "tier",
                "status", "joinedOn", "website", "description");
        assertThat(member.getString("continent")).isEqualTo("AF");
    }

    @Test
    void noMemberSkippedOrRepeatedWhileMembersJoinBetweenPages() {
        String walk = Identities.unique("Walk").replace("-", "");
        List<String> before = new ArrayList<>();
        for (String name : List.of("Mango", "Kiwi", "Apple", "Papaya", "Fig")) {
            before.add(MemberFixtures.admit(walk, name, "ENTERPRISE", "KE", "ASSOCIATE"));
        }
        List<String> seen = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        String path = "/api/v1/members?q=" + walk + "&limit=2";
        int page = 0;
        while (path != null) {
            RegistryHttp.Answer answer = ANONYMOUS.get(path);
            items(answer).forEach(member -> seen.add(member.getString("legalName").substring(walk.length() + 1)));
            if (page++ == 0) {
                joined.add(MemberFixtures.admit(walk, "Zucchini", "ENTERPRISE", "KE", "ASSOCIATE")); // after the current position
                joined.add(MemberFixtures.admit(walk, "Aubergine", "ENTERPRISE", "KE", "ASSOCIATE")); // before it: not on later pages
            }
            path = answer.nextPath().orElse(null);
        }
        assertThat(seen).containsExactly("Apple", "Fig", "Kiwi", "Mango", "Papaya", "Zucchini");
        assertThat(joined).hasSize(2);
    }

    @Test
    void badFiltersAreNamedAllAtOnce() {
        assertInvalid(ANONYMOUS.get("/api/v1/members?country=XX&continent=ZZ&tier=NOPE&category=ROBOT&status=GONE&joinedFrom=yesterday"
                + "&joinedTo=2020-13-01&sort=size&limit=500"), "country", "continent", "tier", "category", "status", "joinedFrom", "joinedTo", "sort", "limit");
        assertInvalid(ANONYMOUS.get("/api/v1/members?joinedFrom=2025-01-01&joinedTo=2024-01-01"), "joinedTo");
        assertInvalid(ANONYMOUS.get("/api/v1/members?sort=number&cursor=" + firstCursor("name")), "cursor");
    }

    private static String firstCursor(String sort) {
        return ANONYMOUS.get("/api/v1/members?q=" + marker + "&limit=1&sort=" + sort).json().getString("nextCursor");
    }

    private static List<String> numbers(String filters) {
        RegistryHttp.Answer answer = ANONYMOUS.get("/api/v1/members?q=" + marker + filters);
        assertThat(answer.status()).as("%s: %s", filters, answer).isEqualTo(200);
        return items(answer).stream().map(member -> member.getString("number")).toList();
    }

    private static List<JsonObject> items(RegistryHttp.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
