package org.wic.registry.api.country;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.caching.ConditionalAnswers;
import org.wic.registry.country.Country;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.country.CountrySearch;
import org.wic.registry.error.UnknownEntityException;

import java.util.Optional;

@PermitAll
@Path("countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class CountryResource {

    @Inject
    private CountryCatalog catalog;

    @Context
    private Request request;

    @GET
    @Operation(operationId = "listCountries", summary = "List countries")
    @APIResponse(responseCode = "200", description = "The matching countries", content = @Content(schema = @Schema(implementation = CountryList.class),
            examples = @ExampleObject(name = "q=germ", externalValue = "CountryList")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response list(
            @Parameter(description = "Only countries on this continent (AF, AN, AS, EU, NA, OC, SA)", example = "OC")
            @QueryParam("continent") String continent,
            @Parameter(description = "Only countries whose English name contains this text, ignoring case and accents",
                    example = "germ")
            @QueryParam("q") String q) {
        var search = new CountrySearch(Optional.ofNullable(continent), Optional.ofNullable(q));
        var items = catalog.countries(search).stream().map(CountryResponse::of).toList();
        return ConditionalAnswers.reference(request, new CountryList(items));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCountry", summary = "Read one country")
    @APIResponse(responseCode = "200", description = "The country", content = @Content(schema = @Schema(implementation = CountryResponse.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("code") String code) {
        Country country = catalog.country(code).orElseThrow(() -> new UnknownEntityException("country", code));
        return ConditionalAnswers.reference(request, CountryResponse.of(country));
    }
}
