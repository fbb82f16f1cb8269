package org.wic.registry.api.member;

import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.country.Continent;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.country.CountrySearch;
import org.wic.registry.error.FieldError;
import org.wic.registry.member.DirectoryQuery;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TierService;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The directory's filters and order as query parameters, read the same way for the directory and its CSV export. */
public final class DirectoryFilters {

    private DirectoryFilters() {
    }

    /** The parameters as sent; absent ones are null. */
    public record Typed(String country, String continent, String tier, String category, String status, String q, String joinedFrom,
                        String joinedTo, String sort) {
    }

    /** The query; each bad parameter is added to {@code errors} (and the query is then not to be used). */
    public static DirectoryQuery parse(List<FieldError> errors, CountryCatalog countries, TierService tiers, Typed typed) {
        Optional<String> countryCode = QueryParameters.parse(errors, "country", typed.country(), code -> countries.country(code).map(Country::alpha2),
                "must be an ISO 3166-1 country code");
        Optional<Set<String>> continentCountries = QueryParameters.parse(errors, "continent", typed.continent(),
                code -> countries.continent(code).map(continent -> countriesOf(countries, continent)), "must be a continent code: AF, AN, AS, EU, NA, OC or SA");
        Optional<String> tierCode = QueryParameters.parse(errors, "tier", typed.tier(), code -> tiers.find(code).map(found -> found.code()),
                "is not a tier: see GET /api/v1/tiers");
        Optional<Category> memberCategory = QueryParameters.parse(errors, "category", typed.category(), QueryParameters.constantOf(Category.class),
                "must be ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL");
        MemberStatus memberStatus = QueryParameters.parse(errors, "status", typed.status(), MemberStatus::parse,
                "must be ACTIVE, SUSPENDED, WITHDRAWN or TERMINATED").orElse(MemberStatus.ACTIVE);
        Optional<LocalDate> from = QueryParameters.parse(errors, "joinedFrom", typed.joinedFrom(), QueryParameters::date, "must be a date, YYYY-MM-DD");
        Optional<LocalDate> to = QueryParameters.parse(errors, "joinedTo", typed.joinedTo(), QueryParameters::date, "must be a date, YYYY-MM-DD");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            errors.add(new FieldError("joinedTo", "must not be before joinedFrom"));
        }
        DirectoryQuery.Sort order = QueryParameters.parse(errors, "sort", typed.sort(), DirectoryFilters::sortOf, "must be name or number")
                .orElse(DirectoryQuery.Sort.NAME);
        return new DirectoryQuery(memberStatus, countryCode, continentCountries, tierCode, memberCategory,
                Optional.ofNullable(typed.q()).filter(text -> !text.isBlank()), from, to, order);
    }

    private static Set<String> countriesOf(CountryCatalog countries, Continent continent) {
        return countries.countries(new CountrySearch(Optional.of(continent.code()), Optional.empty())).stream()
                .map(Country::alpha2).collect(Collectors.toSet());
    }

    private static Optional<DirectoryQuery.Sort> sortOf(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "name" -> Optional.of(DirectoryQuery.Sort.NAME);
            case "number" -> Optional.of(DirectoryQuery.Sort.NUMBER);
            default -> Optional.empty();
        };
    }
}
