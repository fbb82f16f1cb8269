package org.wic.registry.api.member;

import jakarta.ws.rs.QueryParam;
import org.wic.registry.api.paging.QueryParameterDoc;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
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

/**
 * The directory's filters and order as query parameters ({@code @BeanParam}), read the same way for
 * the directory and its CSV export; documented on each operation.
 */
public class DirectoryFilters {

    @QueryParameterDoc(description = "ISO 3166-1 code (alpha-2 or alpha-3)", example = "KE")
    @QueryParam("country")
    private String country;

    @QueryParameterDoc(description = "Continent code: AF, AN, AS, EU, NA, OC, SA", example = "AF")
    @QueryParam("continent")
    private String continent;

    @QueryParameterDoc(description = "Tier code", example = "FULL")
    @QueryParam("tier")
    private String tier;

    @QueryParameterDoc(description = "ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL")
    @QueryParam("category")
    private String category;

    @QueryParameterDoc(description = "ACTIVE (the default), SUSPENDED, WITHDRAWN or TERMINATED")
    @QueryParam("status")
    private String status;

    @QueryParameterDoc(description = "Part of the legal or display name, ignoring case and accents", example = "networks")
    @QueryParam("q")
    private String q;

    @QueryParameterDoc(description = "Joined on or after this date", example = "2025-01-01")
    @QueryParam("joinedFrom")
    private String joinedFrom;

    @QueryParameterDoc(description = "Joined on or before this date", example = "2025-12-31")
    @QueryParam("joinedTo")
    private String joinedTo;

    @QueryParameterDoc(description = "name (the default) or number", example = "name")
    @QueryParam("sort")
    private String sort;

    /** The query; each bad parameter is added to {@code errors} (and the query is then not to be used). */
    public DirectoryQuery query(List<FieldError> errors, CountryCatalog countries, TierService tiers) {
        Optional<String> countryCode = QueryParameters.parse(errors, "country", country, code -> countries.country(code).map(Country::alpha2),
                "must be an ISO 3166-1 country code");
        Optional<Set<String>> continentCountries = QueryParameters.parse(errors, "continent", continent,
                code -> countries.continent(code).map(countries::countryCodesOf), "must be a continent code: AF, AN, AS, EU, NA, OC or SA");
        Optional<String> tierCode = QueryParameters.parse(errors, "tier", tier, code -> tiers.find(code).map(found -> found.code()),
                "is not a tier: see GET /api/v1/tiers");
        Optional<Category> memberCategory = QueryParameters.parse(errors, "category", category, QueryParameters.constantOf(Category.class),
                "must be ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL");
        MemberStatus memberStatus = QueryParameters.parse(errors, "status", status, MemberStatus::parse,
                "must be ACTIVE, SUSPENDED, WITHDRAWN or TERMINATED").orElse(MemberStatus.ACTIVE);
        Optional<LocalDate> from = QueryParameters.parse(errors, "joinedFrom", joinedFrom, QueryParameters::date, "must be a date, YYYY-MM-DD");
        Optional<LocalDate> to = QueryParameters.parse(errors, "joinedTo", joinedTo, QueryParameters::date, "must be a date, YYYY-MM-DD");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            errors.add(new FieldError("joinedTo", "must not be before joinedFrom"));
        }
        DirectoryQuery.Sort order = QueryParameters.parse(errors, "sort", sort, DirectoryFilters::sortOf, "must be name or number")
                .orElse(DirectoryQuery.Sort.NAME);
        return new DirectoryQuery(memberStatus, countryCode, continentCountries, tierCode, memberCategory,
                Optional.ofNullable(q).filter(text -> !text.isBlank()), from, to, order);
    }

    private static Optional<DirectoryQuery.Sort> sortOf(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "name" -> Optional.of(DirectoryQuery.Sort.NAME);
            case "number" -> Optional.of(DirectoryQuery.Sort.NUMBER);
            default -> Optional.empty();
        };
    }
}
