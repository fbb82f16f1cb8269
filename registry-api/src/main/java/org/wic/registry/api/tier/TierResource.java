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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.persistence.Versions;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.tier.Tier;
import org.wic.registry.tier.TierService;

@Path("tiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tiers")
public class TierResource {

    private static final String IF_MATCH_DESCRIPTION = "The ETag of the tier as last read (required)";

    static final String TIER_EXAMPLE = """
            {"code": "FULL", "name": "Full Member", "description": "For organizations taking part in all of the conference's work.",
             "dues": {"value": "10000.00", "currency": "USD"}, "categories": ["ORGANIZATION", "ENTERPRISE", "INSTITUTION"],
             "voting": true, "active": true}""";

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
    @Operation(operationId = "listTiers", summary = "List the membership tiers", description = "Every tier, active or not, by code. Public.")
    @APIResponse(responseCode = "200", description = "The tiers", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TierList.class), examples = @ExampleObject(name = "tiers", value = "{\"items\": [" + TIER_EXAMPLE + "]}")))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    public TierList list() {
        return new TierList(tiers.all().stream().map(TierResponse::of).toList());
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getTier", summary = "Read a tier", description = "By code, in any case. Public. The ETag is the version to send in If-Match with a change.")
    @APIResponse(responseCode = "200", description = "The tier", headers = @Header(name = HttpHeaders.ETAG, description = "The tier's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TierResponse.class),
                    examples = @ExampleObject(name = "tier", value = TIER_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "200", description = "The tier", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TierResponse.class), examples = @ExampleObject(name = "tier", value = TIER_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = "Tier code", required = true, example = "FULL") @PathParam("code") String code) {
        return answer(tiers.get(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "createTier", summary = "Create a tier", description = "Active from the start. Accepts Idempotency-Key.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TierResponse.class), examples = @ExampleObject(name = "tier", value = TIER_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull TierRequest request) {
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
    @Operation(operationId = "updateTier", summary = "Revise a tier's terms",
            description = "Name, description, dues, categories and vote, all of them. New dues apply to invoices issued from now on. "
                    + "Needs If-Match with the ETag of the last read (GET /api/v1/tiers/{code}): 428 without, 412 when the tier changed since.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Revised", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TierResponse.class), examples = @ExampleObject(name = "tier", value = TIER_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = "Tier code", required = true, example = "FULL") @PathParam("code") String code,
                           @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull TierRequest request) {
        if (request.code() != null && !request.code().equalsIgnoreCase(code)) {
            throw new InvalidInputException("code", "is the tier's for good; it cannot change");
        }
        return answer(tiers.revise(caller, code, ifMatch, request.terms()));
    }

    @POST
    @Path("{code}/deactivate")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "deactivateTier", summary = "Deactivate a tier",
            description = "No new member joins in it; members who hold it keep it. Tiers are never deleted.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Deactivated", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TierResponse.class), examples = @ExampleObject(name = "tier", value = TIER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response deactivate(@Parameter(description = "Tier code", required = true) @PathParam("code") String code,
                               @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(tiers.deactivate(caller, code, ifMatch));
    }

    @POST
    @Path("{code}/activate")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "activateTier", summary = "Activate a tier again")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Active", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TierResponse.class), examples = @ExampleObject(name = "tier", value = TIER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response activate(@Parameter(description = "Tier code", required = true) @PathParam("code") String code,
                             @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(tiers.activate(caller, code, ifMatch));
    }

    /** The tier with its version as ETag, for the If-Match of the next change. */
    private static Response answer(Tier tier) {
        return Response.ok(TierResponse.of(tier)).tag(EntityTag.valueOf(Versions.entityTag(tier.version()))).build();
    }
}
