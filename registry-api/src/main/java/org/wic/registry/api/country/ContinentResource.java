package org.wic.registry.api.country;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.wic.registry.country.Continent;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.UnknownEntityException;

@PermitAll
@Path("continents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ContinentResource {

    @Inject
    private CountryCatalog catalog;

    @Context
    private Request request;

    @GET
    @Operation(operationId = "listContinents", summary = "List the continents", description = "The seven continents, each with its number of countries. "
            + "Public. Cacheable: send If-None-Match with the ETag to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "The continents, by code", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContinentList.class),
            examples = @ExampleObject(name = "continents", value = """
                    {"items": [{"code": "AF", "countries": 60, "name": "Africa"}, {"code": "AN", "countries": 1, "name": "Antarctica"}]}""")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response list() {
        var items = catalog.continents().stream().map(this::toResponse).toList();
        return ReferenceCaching.conditional(request, new ContinentList(items));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getContinent", summary = "Read one continent", description = "By its two-letter code, in any case. Public, cacheable.")
    @APIResponse(responseCode = "200", description = "The continent", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContinentResponse.class),
            examples = @ExampleObject(name = "Europe", value = """
                    {"code": "EU", "countries": 51, "name": "Europe"}""")))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public Response get(
            @Parameter(description = "Continent code: AF, AN, AS, EU, NA, OC or SA", required = true, example = "EU") @PathParam("code") String code) {
        Continent continent = catalog.continent(code).orElseThrow(() -> new UnknownEntityException("continent", code));
        return ReferenceCaching.conditional(request, toResponse(continent));
    }

    private ContinentResponse toResponse(Continent continent) {
        return new ContinentResponse(continent.code(), continent.name(), catalog.countryCount(continent));
    }
}
