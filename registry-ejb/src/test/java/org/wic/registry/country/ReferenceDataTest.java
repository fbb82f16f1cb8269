package org.wic.registry.country;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReferenceDataTest {

    private static final Continent AFRICA = new Continent("AF", "Africa");
    private static final Continent EUROPE = new Continent("EU", "Europe");
    private static final Continent ANTARCTICA = new Continent("AN", "Antarctica");

    private final ReferenceData data = new ReferenceData(
            List.of(EUROPE, AFRICA, ANTARCTICA),
            List.of(
                    new Country("FR", "FRA", "250", "France", EUROPE),
                    new Country("CI", "CIV", "384", "Côte d’Ivoire", AFRICA),
                    new Country("DE", "DEU", "276", "Germany", EUROPE),
                    new Country("EG", "EGY", "818", "Egypt", AFRICA)));

    @Test
    void continentsComeInCodeOrderWithTheirCountryCounts() {
        assertThat(data.continents()).extracting(Continent::code).containsExactly("AF", "AN", "EU");
        assertThat(data.countryCount(EUROPE)).isEqualTo(2);
        assertThat(data.countryCount(ANTARCTICA)).isZero();
    }

    @Test
    void findsACountryByAlpha2OrAlpha3InAnyCase() {
        assertThat(data.country("fr")).map(Country::name).contains("France");
        assertThat(data.country("FRA")).map(Country::name).contains("France");
        assertThat(data.country("deu")).map(Country::alpha2).contains("DE");
        assertThat(data.country("XX")).isEmpty();
        assertThat(data.country("FRAN")).isEmpty();
        assertThat(data.country(null)).isEmpty();
    }

    @Test
    void filtersByContinentInAnyCase() {
        assertThat(data.countries(new CountrySearch(Optional.of("eu"), Optional.empty())))
                .extracting(Country::alpha2).containsExactly("DE", "FR");
    }

    @Test
    void searchesNamesIgnoringCaseAndAccents() {
        assertThat(search("GERM")).containsExactly("DE");
        assertThat(search("cote d'iv")).containsExactly("CI");
        assertThat(search("Côte")).containsExactly("CI");
        assertThat(search("an")).containsExactly("DE", "FR");
        assertThat(search("   ")).hasSize(4);
    }

    @Test
    void combinesBothFilters() {
        assertThat(data.countries(new CountrySearch(Optional.of("AF"), Optional.of("e"))))
                .extracting(Country::alpha2).containsExactly("CI", "EG");
    }

    @Test
    void anUnknownContinentIsAnInvalidInputNamingTheKnownOnes() {
        var e = catchThrowableOfType(InvalidInputException.class,
                () -> data.countries(new CountrySearch(Optional.of("ZZ"), Optional.empty())));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("continent");
        assertThat(e.errors().get(0).message()).contains("AF, AN, EU");
    }

    @Test
    void anOverlongSearchIsRefused() {
        var e = catchThrowableOfType(InvalidInputException.class,
                () -> data.countries(new CountrySearch(Optional.empty(), Optional.of("x".repeat(101)))));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("q");
    }

    private List<String> search(String q) {
        return data.countries(new CountrySearch(Optional.empty(), Optional.of(q))).stream().map(Country::alpha2).toList();
    }
}
