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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.json.Instants;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.apikey.ApiKeyService;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;

import java.time.Clock;

@Path("api-keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Identity")
public class ApiKeyResource {

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
    @Operation(operationId = "createApiKey", summary = "Issue a partner API key")
    // by name: Payara writes this record's schema as an empty object where the response names its class
    @APIResponse(responseCode = "201", description = "Issued; Location names it", content = @Content(schema = @Schema(ref = "IssuedApiKey")))
    public Response create(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull @Valid NewApiKeyRequest request) {
        return creations.create("POST /api/v1/api-keys", caller, idempotencyKey, request, () -> {
            ApiKeyService.IssuedKey issued = apiKeys.issue(caller, request.name(), Instants.parse("expiresAt", request.expiresAt()));
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(issued.apiKey().id())).build(),
                    IssuedApiKeyResponse.of(issued));
        });
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys")
    @APIResponse(responseCode = "200", description = "A page of keys; Link rel=\"next\" while more follow",
            content = @Content(schema = @Schema(implementation = ApiKeyPage.class)))
    public Response list(@BeanParam PageParameters paging) {
        Page<ApiKeyResponse> page = apiKeys.list(caller, paging.toRequest(ApiKeyService.CURSOR_SCOPE, ApiKeyService.CURSOR_PARTS))
                .map(key -> ApiKeyResponse.of(key, clock));
        return PagedResponses.ok(new ApiKeyPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getApiKey", summary = "Read an API key")
    @APIResponse(responseCode = "200", description = "The key's record", content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    public ApiKeyResponse get(@PathParam("id") long id) {
        return ApiKeyResponse.of(apiKeys.get(caller, id), clock);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") long id) {
        apiKeys.revoke(caller, id);
        return Response.noContent().build();
    }
}
