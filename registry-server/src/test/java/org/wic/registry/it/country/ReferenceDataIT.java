package org.wic.registry.it.country;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.it.RegistryHttp;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertInvalid;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/** Continents and countries as a partner's integrator reads them: public, complete, filterable. */
class ReferenceDataIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void listsTheSevenContinentsWithTheirCountryCounts() {
        RegistryHttp.Answer answer = registry.get("/api/v1/continents");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        List<JsonObject> continents = items(answer);
        assertThat(continents).extracting(c -> c.getString("code")).containsExactly("AF", "AN", "AS", "EU", "NA", "OC", "SA");
        assertThat(continents).extracting(c -> c.getString("name"))
                .containsExactly("Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America");
        assertThat(continents.stream().mapToInt(c -> c.getInt("countries")).sum()).isEqualTo(249);
        assertThat(continents.get(1).getInt("countries")).as("Antarctica").isEqualTo(1);
    }

    @Test
    void readsOneContinentByCodeInAnyCase() {
        JsonObject europe = registry.get("/api/v1/continents/eu").json();

        assertThat(europe.getString("code")).isEqualTo("EU");
        assertThat(europe.getString("name")).isEqualTo("Europe");
        assertThat(europe.getInt("countries")).isEqualTo(countries("?continent=EU").size());
    }

    @Test
    void anUnknownContinentIsA404Problem() {
        assertProblem(registry.get("/api/v1/continents/XX"), 404);
    }

    @Test
    void listsAll249CountriesWithTheirIsoCodesInAlpha2Order() {
        List<JsonObject> countries = countries("");

        assertThat(countries).hasSize(249);
        assertThat(countries).extracting(c -> c.getString("alpha2")).isSorted().doesNotHaveDuplicates();
        assertThat(countries).allSatisfy(country -> {
            assertThat(country.getString("alpha2")).matches("[A-Z]{2}");
            assertThat(country.getString("alpha3")).matches("[A-Z]{3}");
            assertThat(country.getString("numeric")).matches("\\d{3}");
            assertThat(country.getString("name")).isNotBlank();
            assertThat(country.getString("continent")).isIn("AF", "AN", "AS", "EU", "NA", "OC", "SA");
        });
    }

    @Test
    void countryCountsPerContinentAddUpToTheCountryList() {
        Map<String, Long> fromCountries = countries("").stream()
                .collect(Collectors.groupingBy(c -> c.getString("continent"), Collectors.counting()));
        Map<String, Long> fromContinents = items(registry.get("/api/v1/continents")).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), c -> (long) c.getInt("countries")));

        assertThat(fromContinents).isEqualTo(fromCountries);
    }

    @ParameterizedTest(name = "{0} is on {1}")
    @CsvSource({"FR, EU", "RU, EU", "GB, EU", "TR, AS", "CN, AS", "KR, AS", "IN, AS", "EG, AF", "MX, NA", "JM, NA",
            "US, NA", "BR, SA", "AU, OC", "AQ, AN"})
    void placesEachCountryOnItsContinent(String alpha2, String continent) {
        assertThat(registry.get("/api/v1/countries/" + alpha2).json().getString("continent")).isEqualTo(continent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR", "fr", "FRA", "fra", "Fra"})
    void findsACountryByAlpha2OrAlpha3InAnyCase(String code) {
        JsonObject france = registry.get("/api/v1/countries/" + code).json();

        assertThat(france.getString("alpha2")).isEqualTo("FR");
        assertThat(france.getString("alpha3")).isEqualTo("FRA");
        assertThat(france.getString("numeric")).isEqualTo("250");
        assertThat(france.getString("name")).isEqualTo("France");
        assertThat(france.getString("continent")).isEqualTo("EU");
    }

    @Test
    void numericCodesKeepTheirLeadingZeros() {
        assertThat(registry.get("/api/v1/countries/AF").json().getString("numeric")).isEqualTo("004");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "FRAN", "12", "F"})
    void anUnknownCountryIsA404Problem(String code) {
        assertProblem(registry.get("/api/v1/countries/" + code), 404);
    }

    @Test
    void filtersByContinent() {
        List<JsonObject> oceania = countries("?continent=OC");

        assertThat(oceania).isNotEmpty().allSatisfy(c -> assertThat(c.getString("continent")).isEqualTo("OC"));
        assertThat(oceania).extracting(c -> c.getString("alpha2")).contains("AU", "NZ", "FJ");
        assertThat(countries("?continent=oc")).hasSameSizeAs(oceania);
    }

    @Test
    void searchesNamesIgnoringCaseAndAccents() {
        assertThat(alpha2s(countries("?q=germ"))).containsExactly("DE");
        assertThat(alpha2s(countries("?q=GERM"))).containsExactly("DE");
        assertThat(alpha2s(countries("?q=cote%20d"))).containsExactly("CI");
        assertThat(alpha2s(countries("?q=C%C3%B4te"))).containsExactly("CI");
        assertThat(countries("?q=zzzz")).isEmpty();
    }

    @Test
    void combinesTheContinentFilterAndTheNameSearch() {
        assertThat(alpha2s(countries("?continent=EU&q=united"))).containsExactly("GB");
        assertThat(alpha2s(countries("?continent=NA&q=united"))).containsExactly("US");
    }

    @Test
    void anUnknownContinentFilterIsA400ProblemNamingIt() {
        JsonObject problem = assertInvalid(registry.get("/api/v1/countries?continent=ZZ"), "continent");

        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).contains("AF", "SA");
    }

    @Test
    void anOverlongNameSearchIsA400ProblemNamingIt() {
        assertInvalid(registry.get("/api/v1/countries?q=" + "x".repeat(101)), "q");
    }

    private List<JsonObject> countries(String query) {
        RegistryHttp.Answer answer = registry.get("/api/v1/countries" + query);
        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        return items(answer);
    }

    private static List<JsonObject> items(RegistryHttp.Answer answer) {
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> alpha2s(List<JsonObject> countries) {
        return countries.stream().map(c -> c.getString("alpha2")).toList();
    }
}
