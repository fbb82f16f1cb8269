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
import org.wic.registry.api.caching.ReferenceCaching;
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
    @Operation(operationId = "listCountries", summary = "List countries", description = "Every current ISO 3166-1 country (249), or those matching the "
            + "filters, in alpha-2 order and all in one response (reference data is small). Public, cacheable.")
    @APIResponse(responseCode = "200", description = "The matching countries", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryList.class),
            examples = @ExampleObject(name = "q=germ", value = """
                    {"items": [{"alpha2": "DE", "alpha3": "DEU", "continent": "EU", "name": "Germany", "numeric": "276"}]}""")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list(
            @Parameter(description = "Only countries on this continent (AF, AN, AS, EU, NA, OC, SA)", example = "OC")
            @QueryParam("continent") String continent,
            @Parameter(description = "Only countries whose English name contains this text, ignoring case and accents",
                    example = "germ")
            @QueryParam("q") String q) {
        var search = new CountrySearch(Optional.ofNullable(continent), Optional.ofNullable(q));
        var items = catalog.countries(search).stream().map(CountryResponse::of).toList();
        return ReferenceCaching.conditional(request, new CountryList(items));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCountry", summary = "Read one country", description = "By its alpha-2 or alpha-3 code, in any case. Public, cacheable.")
    @APIResponse(responseCode = "200", description = "The country", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryResponse.class),
            examples = @ExampleObject(name = "France", value = """
                    {"alpha2": "FR", "alpha3": "FRA", "continent": "EU", "name": "France", "numeric": "250"}""")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response get(
            @Parameter(description = "Alpha-2 or alpha-3 code", required = true, example = "FR") @PathParam("code") String code) {
        Country country = catalog.country(code).orElseThrow(() -> new UnknownEntityException("country", code));
        return ReferenceCaching.conditional(request, CountryResponse.of(country));
    }
}
