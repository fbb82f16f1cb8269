package org.wic.registry.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.security.AccountService;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {

    @Inject
    private Caller caller;

    @Inject
    private AccountService accounts;

    @GET
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER, Role.Names.PARTNER})
    @Operation(operationId = "getMe", summary = "Who am I", description = "The signed-in account or partner key: its name, roles and, for a member representative, the member.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @SecurityRequirement(name = RegistryApplication.PARTNER_SCHEME)
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MeResponse.class), examples = @ExampleObject(name = "secretariat", value = """
                    {"id": "admin", "name": "admin", "kind": "ACCOUNT", "roles": ["SECRETARIAT"]}""")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public MeResponse get() {
        return MeResponse.of(caller);
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Operation(operationId = "changeMyPassword", summary = "Change my password",
            description = "For accounts: the current password and a new one of 12 to 128 characters. Partner keys have no password.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "204", description = "Changed; sign in with the new password from now on")
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response changePassword(@NotNull @Valid ChangePasswordRequest request) {
        accounts.changeOwnPassword(caller, request.currentPassword(), request.newPassword());
        return Response.noContent().build();
    }
}
