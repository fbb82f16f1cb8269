package org.wic.registry.api.application;

import jakarta.ws.rs.QueryParam;
import org.wic.registry.api.paging.QueryParameterDoc;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.application.ApplicationQuery;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.tier.Category;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;

/** The application list's filters as query parameters ({@code @BeanParam}); documented on the operation. */
public class ApplicationFilters {

    @QueryParameterDoc(description = "SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, APPROVED, REJECTED or WITHDRAWN", example = "SUBMITTED")
    @QueryParam("status")
    private String status;

    @QueryParameterDoc(description = "ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL")
    @QueryParam("category")
    private String category;

    @QueryParameterDoc(description = "ISO 3166-1 code", example = "KE")
    @QueryParam("country")
    private String country;

    @QueryParameterDoc(description = "Part of the legal name, ignoring case and accents", example = "networks")
    @QueryParam("q")
    private String q;

    /** @throws InvalidInputException naming every bad parameter */
    ApplicationQuery query(CountryCatalog countries) {
        var errors = new ArrayList<FieldError>();
        Optional<ApplicationStatus> applicationStatus = QueryParameters.parse(errors, "status", status,
                QueryParameters.constantOf(ApplicationStatus.class), "must be one of " + names(ApplicationStatus.values()));
        Optional<Category> applicantCategory = QueryParameters.parse(errors, "category", category, Category::find,
                "must be one of " + names(Category.values()));
        Optional<String> countryCode = QueryParameters.parse(errors, "country", country, code -> countries.country(code).map(Country::alpha2),
                "must be an ISO 3166-1 country code");
        FieldValues.requireNone(errors);
        return new ApplicationQuery(applicationStatus, applicantCategory, countryCode, QueryParameters.text(q));
    }

    private static String names(Enum<?>[] constants) {
        return String.join(", ", Arrays.stream(constants).map(Enum::name).toList());
    }
}
