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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.account.AccountService;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;

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
    @Operation(operationId = "getMe", summary = "Who am I")
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(schema = @Schema(implementation = MeResponse.class)))
    public MeResponse get() {
        return MeResponse.of(caller);
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Operation(operationId = "changeMyPassword", summary = "Change my password")
    @APIResponse(responseCode = "204", description = "Changed; sign in with the new password from now on")
    public Response changePassword(@NotNull @Valid ChangePasswordRequest request) {
        accounts.changeOwnPassword(caller, request.currentPassword(), request.newPassword());
        return Response.noContent().build();
    }
}
