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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;
import org.wic.registry.member.MemberService;
import org.wic.registry.security.Account;
import org.wic.registry.security.AccountService;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

import java.util.Locale;
import java.util.Optional;

@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Identity")
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
public class UserResource {

    private static final String USER_EXAMPLE = """
            {"username": "m.okafor", "role": "SECRETARIAT", "enabled": true, "createdAt": "2026-11-23T10:15:30Z",
             "passwordChangedAt": "2026-11-23T10:15:30Z"}""";

    @Inject
    private Caller caller;

    @Inject
    private AccountService accounts;

    @Inject
    private IdempotentCreations creations;

    @Inject
    private MemberService members;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Open an account",
            description = "A secretariat officer, or a member's representative (role MEMBER with the memberNumber of the member it represents: "
                    + "it reaches that member's private records and no other's), enabled, with its first password. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Opened; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserResponse.class), examples = @ExampleObject(name = "user", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response create(@Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull @Valid NewUserRequest request) {
        return creations.create("POST /api/v1/users", caller, idempotencyKey, request, () -> {
            Role role = role(request.role());
            Account account = role == Role.MEMBER && request.memberNumber() != null
                    ? members.openRepresentative(caller, request.memberNumber(), request.username(), request.password(), Optional.ofNullable(request.email()))
                    : accounts.open(caller, request.username(), role, request.password(), Optional.ofNullable(request.memberNumber()),
                    Optional.ofNullable(request.email()));
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(account.username().value()).build(),
                    UserResponse.of(account));
        });
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List accounts", description = "By username, paginated.")
    @Parameter(ref = "Limit")
    @Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of accounts; Link rel=\"next\" while more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + USER_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam PageParameters paging) {
        Page<UserResponse> page = accounts.list(caller, paging.toRequest(AccountService.CURSOR_SCOPE, AccountService.CURSOR_PARTS))
                .map(UserResponse::of);
        return PagedResponses.ok(new UserPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "getUser", summary = "Read an account")
    @APIResponse(responseCode = "200", description = "The account", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserResponse.class), examples = @ExampleObject(name = "user", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UserResponse get(@Parameter(description = "Username", required = true, example = "m.okafor") @PathParam("username") String username) {
        return UserResponse.of(accounts.get(caller, username));
    }

    @POST
    @Path("{username}/disable")
    @Operation(operationId = "disableUser", summary = "Disable an account", description = "It can no longer sign in. The last enabled secretariat account cannot be disabled.")
    @APIResponse(responseCode = "200", description = "Disabled", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserResponse.class), examples = @ExampleObject(name = "user", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public UserResponse disable(@Parameter(description = "Username", required = true) @PathParam("username") String username) {
        return UserResponse.of(accounts.disable(caller, username));
    }

    @POST
    @Path("{username}/enable")
    @Operation(operationId = "enableUser", summary = "Enable an account")
    @APIResponse(responseCode = "200", description = "Enabled", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UserResponse.class), examples = @ExampleObject(name = "user", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public UserResponse enable(@Parameter(description = "Username", required = true) @PathParam("username") String username) {
        return UserResponse.of(accounts.enable(caller, username));
    }

    @PUT
    @Path("{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "resetUserPassword", summary = "Reset an account's password", description = "For someone who lost theirs; tell them the new one by a safe channel.")
    @APIResponse(responseCode = "204", description = "Reset")
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response resetPassword(@Parameter(description = "Username", required = true) @PathParam("username") String username,
                                  @NotNull @Valid PasswordResetRequest request) {
        accounts.resetPassword(caller, username, request.newPassword());
        return Response.noContent().build();
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "must be SECRETARIAT or MEMBER");
        }
    }
}
