package org.wic.registry.api.apikey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.json.Instants;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;
import org.wic.registry.security.ApiKeyService;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

import java.time.Clock;

@Path("api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Identity")
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
public class ApiKeyResource {

    private static final String KEY_EXAMPLE = """
            {"id": 51, "name": "Example Partner directory sync", "prefix": "wic_4fTz9QbL", "active": true,
             "createdAt": "2026-11-23T10:15:30Z", "createdBy": "admin", "lastUsedAt": "2026-11-23T11:02:00Z"}""";

    @Inject
    private Caller caller;

    @Inject
    private ApiKeyService apiKeys;

    @Inject
    private Clock clock;

    @Inject
    private IdempotentCreations creations;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Issue a partner API key",
            description = "The answer holds the key in the field key: this is the only time it is shown (or a retry with the same "
                    + "Idempotency-Key within a day). Partners send it as X-API-Key.")
    @APIResponse(responseCode = "201", description = "Issued; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IssuedApiKeyResponse.class), examples = @ExampleObject(name = "issued", value = """
                    {"id": 51, "name": "Example Partner directory sync", "prefix": "wic_4fTz9QbL",
                     "key": "wic_4fTz9QbL_Vq3m0n4cZk8yH1pR7sT2uW5xY9aB6dE0fG3hJ-kL_mN", "createdAt": "2026-11-23T10:15:30Z"}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull @Valid NewApiKeyRequest request) {
        return creations.create("POST /api/v1/api-keys", caller, idempotencyKey, request, () -> {
            ApiKeyService.IssuedKey issued = apiKeys.issue(caller, request.name(), Instants.parse("expiresAt", request.expiresAt()));
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(issued.apiKey().id())).build(),
                    IssuedApiKeyResponse.of(issued));
        });
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Active, expired and revoked, oldest first, paginated; never the keys themselves.")
    @Parameter(ref = "Limit")
    @Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of keys; Link rel=\"next\" while more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + KEY_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam PageParameters paging) {
        Page<ApiKeyResponse> page = apiKeys.list(caller, paging.toRequest(ApiKeyService.CURSOR_SCOPE, ApiKeyService.CURSOR_PARTS))
                .map(key -> ApiKeyResponse.of(key, clock));
        return PagedResponses.ok(new ApiKeyPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApiKey", summary = "Read an API key", description = "Never the key itself.")
    @APIResponse(responseCode = "200", description = "The key's record", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApiKeyResponse.class), examples = @ExampleObject(name = "key", value = KEY_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApiKeyResponse get(@Parameter(description = "The key's id", required = true, example = "51") @PathParam("id") long id) {
        return ApiKeyResponse.of(apiKeys.get(caller, id), clock);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key",
            description = "The key stops working at once; its record stays, with revokedAt. Revoking a revoked key changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revoke(@Parameter(description = "The key's id", required = true, example = "51") @PathParam("id") long id) {
        apiKeys.revoke(caller, id);
        return Response.noContent().build();
    }
}
