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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.caching.ConditionalAnswers;
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
    @Operation(operationId = "listContinents", summary = "List the continents")
    @APIResponse(responseCode = "200", description = "The continents, by code",
            content = @Content(schema = @Schema(implementation = ContinentList.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response list() {
        var items = catalog.continents().stream().map(this::toResponse).toList();
        return ConditionalAnswers.reference(request, new ContinentList(items));
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getContinent", summary = "Read one continent")
    @APIResponse(responseCode = "200", description = "The continent", content = @Content(schema = @Schema(implementation = ContinentResponse.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("code") String code) {
        Continent continent = catalog.continent(code).orElseThrow(() -> new UnknownEntityException("continent", code));
        return ConditionalAnswers.reference(request, toResponse(continent));
    }

    private ContinentResponse toResponse(Continent continent) {
        return new ContinentResponse(continent.code(), continent.name(), catalog.countryCount(continent));
    }
}
