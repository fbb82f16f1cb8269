package org.wic.registry.api.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.wic.registry.account.Account;
import org.wic.registry.account.AccountService;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;

import java.util.Optional;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Identity")
public class UserResource {

    @Inject
    private Caller caller;

    @Inject
    private AccountService accounts;

    @Inject
    private IdempotentCreations creations;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Open an account")
    @APIResponse(responseCode = "201", description = "Opened; Location names it",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull @Valid NewUserRequest request) {
        return creations.create("POST /api/v1/users", caller, idempotencyKey, request, () -> {
            Role role = request.toRole();
            Account account = accounts.open(caller, request.username(), role, request.password(), Optional.ofNullable(request.memberNumber()),
                    Optional.ofNullable(request.email()));
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(account.username().value()).build(),
                    UserResponse.of(account));
        });
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List accounts")
    @APIResponse(responseCode = "200", description = "A page of accounts; Link rel=\"next\" while more follow",
            content = @Content(schema = @Schema(implementation = UserPage.class)))
    public Response list(@BeanParam PageParameters paging) {
        Page<UserResponse> page = accounts.list(caller, paging.toRequest(AccountService.CURSOR_SCOPE, AccountService.CURSOR_PARTS))
                .map(UserResponse::of);
        return PagedResponses.ok(new UserPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "getUser", summary = "Read an account")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public UserResponse get(@PathParam("username") String username) {
        return UserResponse.of(accounts.get(caller, username));
    }

    @POST
    @Path("{username}/disable")
    @Operation(operationId = "disableUser", summary = "Disable an account")
    @APIResponse(responseCode = "200", description = "Disabled", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UserResponse disable(@PathParam("username") String username) {
        return UserResponse.of(accounts.disable(caller, username));
    }

    @POST
    @Path("{username}/enable")
    @Operation(operationId = "enableUser", summary = "Enable an account")
    @APIResponse(responseCode = "200", description = "Enabled", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    public UserResponse enable(@PathParam("username") String username) {
        return UserResponse.of(accounts.enable(caller, username));
    }

    @POST
    @Path("{username}/invitation")
    @Operation(operationId = "resendInvitation", summary = "Mail a representative a new invitation link")
    @APIResponse(responseCode = "202", description = "Queued in the outbox", content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response invite(@PathParam("username") String username) {
        return Response.accepted(UserResponse.of(accounts.resendInvitation(caller, username))).build();
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetUserPassword", summary = "Reset an account's password")
    @APIResponse(responseCode = "204", description = "Reset")
    public Response resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordResetRequest request) {
        accounts.resetPassword(caller, username, request.newPassword());
        return Response.noContent().build();
    }
}
