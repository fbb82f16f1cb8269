package org.wic.registry.country;

import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.text.SearchText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An immutable, indexed snapshot of the continents and countries, answering every reference lookup. */
final class ReferenceData {

    private final List<Continent> continents;
    private final List<Country> countries;
    private final Map<String, Continent> continentsByCode;
    private final Map<String, Country> countriesByCode;
    private final Map<String, Long> countryCounts;
    private final Map<Country, String> foldedNames;

    ReferenceData(List<Continent> continents, List<Country> countries) {
        this.continents = continents.stream().sorted(Comparator.comparing(Continent::code)).toList();
        this.countries = countries.stream().sorted(Comparator.comparing(Country::alpha2)).toList();
        this.continentsByCode = this.continents.stream().collect(Collectors.toUnmodifiableMap(Continent::code, Function.identity()));
        var byCode = new HashMap<String, Country>();
        for (Country country : this.countries) {
            byCode.put(country.alpha2(), country);
            byCode.put(country.alpha3(), country);
        }
        this.countriesByCode = Map.copyOf(byCode);
        this.countryCounts = this.countries.stream()
                .collect(Collectors.groupingBy(c -> c.continent().code(), Collectors.counting()));
        this.foldedNames = this.countries.stream()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), c -> SearchText.fold(c.name())));
    }

    public List<Continent> continents() {
        return continents;
    }

    public Optional<Continent> continent(String code) {
        return Optional.ofNullable(code).map(c -> continentsByCode.get(c.strip().toUpperCase(Locale.ROOT)));
    }

    public long countryCount(Continent continent) {
        return countryCounts.getOrDefault(continent.code(), 0L);
    }

    /** A country by its alpha-2 or alpha-3 code, in any case. */
    public Optional<Country> country(String code) {
        return Optional.ofNullable(code).map(c -> countriesByCode.get(c.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The countries a search asks for, in alpha-2 order.
     *
     * @throws InvalidInputException for an unknown continent (field {@code continent}) or an
     *                               over-long name (field {@code q})
     */
    public List<Country> countries(CountrySearch search) {
        var errors = new ArrayList<FieldError>();
        Optional<Continent> continent = Optional.empty();
        if (search.continent().isPresent()) {
            continent = continent(search.continent().get());
            if (continent.isEmpty()) {
                errors.add(new FieldError("continent", "must be one of " + String.join(", ", continentsByCode.keySet().stream().sorted().toList())));
            }
        }
        if (search.nameContains().filter(q -> q.length() > CountrySearch.MAX_NAME_LENGTH).isPresent()) {
            errors.add(new FieldError("q", "must be at most " + CountrySearch.MAX_NAME_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<String> folded = search.nameContains().map(SearchText::fold).filter(q -> !q.isEmpty());
        Optional<Continent> wanted = continent;
        return countries.stream()
                .filter(c -> wanted.map(w -> w.code().equals(c.continent().code())).orElse(true))
                .filter(c -> folded.map(q -> foldedNames.get(c).contains(q)).orElse(true))
                .toList();
    }
}
