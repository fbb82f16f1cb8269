package org.wic.registry.api.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.account.AccountService;
import org.wic.registry.contact.EmailAddress;
import org.wic.registry.error.InvalidInputException;

/** Forgotten passwords: a one-time link by e-mail, and setting the password with it (an invitation's link too). */
@Path("password-resets")
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Identity")
public class PasswordResetResource {

    @Inject
    private AccountService accounts;

    @POST
    @Operation(operationId = "requestPasswordReset", summary = "Mail a password reset link")
    @APIResponse(responseCode = "202", description = "Accepted, whether or not an account has this address: the answer reveals nothing")
    public Response request(@NotNull @Valid ResetLinkRequest request) {
        if (request.email().length() > EmailAddress.MAX_LENGTH) { // (a @Size here breaks Payara's OpenAPI scanner)
            throw new InvalidInputException("email", "must be at most " + EmailAddress.MAX_LENGTH + " characters");
        }
        accounts.requestPasswordReset(request.email());
        return Response.accepted().build();
    }

    @POST
    @Path("{token}")
    @Operation(operationId = "setPasswordWithLink", summary = "Set a password with a reset or invitation link's token")
    @APIResponse(responseCode = "204", description = "The password is set; the link is used up")
    public Response setPassword(@PathParam("token") String token, @NotNull @Valid PasswordResetRequest request) {
        accounts.setPasswordWithToken(token, request.newPassword());
        return Response.noContent().build();
    }
}
