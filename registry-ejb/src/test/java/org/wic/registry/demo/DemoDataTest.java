package org.wic.registry.demo;

import org.junit.jupiter.api.Test;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.tier.Category;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Map<String, String> CONTINENT = Map.ofEntries(
            Map.entry("KE", "AF"), Map.entry("NG", "AF"), Map.entry("ZA", "AF"), Map.entry("EG", "AF"), Map.entry("GH", "AF"),
            Map.entry("CN", "AS"), Map.entry("IN", "AS"), Map.entry("JP", "AS"), Map.entry("SG", "AS"), Map.entry("AE", "AS"),
            Map.entry("ID", "AS"), Map.entry("KR", "AS"), Map.entry("DE", "EU"), Map.entry("FR", "EU"), Map.entry("GB", "EU"),
            Map.entry("NL", "EU"), Map.entry("ES", "EU"), Map.entry("US", "NA"), Map.entry("CA", "NA"), Map.entry("MX", "NA"),
            Map.entry("BR", "SA"), Map.entry("AR", "SA"), Map.entry("CL", "SA"), Map.entry("AU", "OC"));

    private final DemoData data = DemoData.generate(TODAY);

    @Test
    void about120MembersFrom24CountriesOnSixContinents() {
        assertThat(data.members()).hasSize(120);
        Set<String> countries = data.members().stream().map(DemoData.Member::countryCode).collect(Collectors.toSet());
        assertThat(countries).hasSize(24);
        assertThat(countries.stream().map(CONTINENT::get).collect(Collectors.toSet())).containsExactlyInAnyOrder("AF", "AS", "EU", "NA", "SA", "OC");
    }

    @Test
    void everyCategoryEveryTierAndSomeStatusesBesidesActive() {
        assertThat(data.members().stream().map(DemoData.Member::category).collect(Collectors.toSet())).containsExactlyInAnyOrder(Category.values());
        assertThat(data.members().stream().map(DemoData.Member::tier).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("STRATEGIC", "FULL", "ASSOCIATE", "INDIVIDUAL");
        assertThat(data.members().stream().map(DemoData.Member::status).collect(Collectors.toSet())).containsExactlyInAnyOrder(MemberStatus.values());
        assertThat(data.members()).allSatisfy(member -> assertThat(member.tier().equals("INDIVIDUAL"))
                .isEqualTo(member.category() == Category.INDIVIDUAL));
    }

    @Test
    void namesAreUniqueAndAddressesAreFictitious() {
        assertThat(data.members().stream().map(DemoData.Member::legalName).distinct()).hasSize(data.members().size());
        assertThat(data.members()).allSatisfy(member -> {
            assertThat(member.website()).matches("https://[a-z]+\\.example");
            assertThat(member.contact().email()).endsWith(".example");
        });
    }

    @Test
    void membersJoinedBetweenTheFoundingAndToday() {
        assertThat(data.members()).allSatisfy(member -> assertThat(member.joinedOn()).isBetween(DemoData.FOUNDED, TODAY));
    }

    @Test
    void applicationsInEveryStateAndSomeRepresentatives() {
        assertThat(data.applications().stream().map(DemoData.Application::state).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(DemoData.DemoApplicationState.values());
        assertThat(data.members().stream().filter(DemoData.Member::representative)).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(member -> assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE));
    }

    @Test
    void theSameEveryTime() {
        assertThat(DemoData.generate(TODAY).members()).isEqualTo(data.members());
        assertThat(Arrays.stream(DemoData.COUNTRIES).map(country -> country[0]).collect(Collectors.toSet())).isEqualTo(CONTINENT.keySet());
    }
}
