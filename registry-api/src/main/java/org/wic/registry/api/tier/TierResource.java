package org.wic.registry.api.tier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.persistence.Versions;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierService;

@Path("tiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class TierResource {

    private static final String IF_MATCH_DESCRIPTION = "The ETag of the tier as last read (required)";

    @Inject
    private Caller caller;

    @Inject
    private TierService tiers;

    @Inject
    private IdempotentCreations creations;

    @Context
    private UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(operationId = "listTiers", summary = "List the membership tiers")
    @APIResponse(responseCode = "200", description = "The tiers", content = @Content(schema = @Schema(implementation = TierList.class)))
    public TierList list() {
        return new TierList(tiers.all().stream().map(TierResponse::of).toList());
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getTier", summary = "Read a tier")
    @APIResponse(responseCode = "200", description = "The tier", headers = @Header(name = HttpHeaders.ETAG, description = "The tier's version"),
            content = @Content(schema = @Schema(implementation = TierResponse.class)))
    public Response get(@PathParam("code") String code) {
        return answer(tiers.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "createTier", summary = "Create a tier")
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(schema = @Schema(implementation = TierResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull TierRequest request) {
        return creations.create("POST /api/v1/tiers", caller, idempotencyKey, request, () -> {
            TierRequest.NewTier newTier = request.newTier();
            Tier tier = tiers.create(caller, newTier.code(), newTier.terms());
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(tier.code()).build(), TierResponse.of(tier));
        });
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "updateTier", summary = "Revise a tier's terms")
    @APIResponse(responseCode = "200", description = "Revised", content = @Content(schema = @Schema(implementation = TierResponse.class)))
    public Response update(@PathParam("code") String code,
                           @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"2\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull TierRequest request) {
        if (request.code() != null && !request.code().equalsIgnoreCase(code)) {
            throw new InvalidInputException("code", "is the tier's for good; it cannot change");
        }
        return answer(tiers.revise(caller, code, ifMatch, request.terms()));
    }

    @POST
    @Path("{code}/deactivate")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "deactivateTier", summary = "Deactivate a tier")
    @APIResponse(responseCode = "200", description = "Deactivated", content = @Content(schema = @Schema(implementation = TierResponse.class)))
    public Response deactivate(@PathParam("code") String code,
                               @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"2\"")
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(tiers.deactivate(caller, code, ifMatch));
    }

    @POST
    @Path("{code}/activate")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "activateTier", summary = "Activate a tier again")
    @APIResponse(responseCode = "200", description = "Active", content = @Content(schema = @Schema(implementation = TierResponse.class)))
    public Response activate(@PathParam("code") String code,
                             @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"2\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(tiers.activate(caller, code, ifMatch));
    }

    /** The tier with its version as ETag, for the If-Match of the next change. */
    private static Response answer(Tier tier) {
        return Response.ok(TierResponse.of(tier)).tag(EntityTag.valueOf(Versions.entityTag(tier.version()))).build();
    }
}
