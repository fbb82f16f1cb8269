package org.wic.registry.api.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;

import java.util.Optional;

/**
 * Applications. Anyone submits; the applicant then reads, answers and withdraws with the
 * {@code X-Tracking-Token} it got, and a wrong token is a 404 like an unknown id; the secretariat
 * lists, reviews and decides.
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications")
public class ApplicationResource {

    public static final String TRACKING_TOKEN_HEADER = "X-Tracking-Token";

    @Inject
    private Caller caller;

    @Inject
    private ApplicationService applications;

    @Inject
    private CountryCatalog countries;

    @Inject
    private IdempotentCreations creations;

    @Context
    private UriInfo uriInfo;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitApplication", summary = "Apply for membership")
    @APIResponse(responseCode = "201", description = "Submitted; Location names it",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class),
            examples = @ExampleObject(name = "submitted", externalValue = "SubmitApplication")))
    public Response submit(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull ApplicationRequest request) {
        return creations.create("POST /api/v1/applications", caller, idempotencyKey, request, () -> {
            ApplicationService.Submitted submitted = applications.submit(caller, request.form());
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(submitted.application().id())).build(),
                    ApplicationResponse.forApplicant(submitted.application(), submitted.trackingToken()));
        });
    }

    @GET
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "listApplications", summary = "List applications")
    @APIResponse(responseCode = "200", description = "A page of applications; Link rel=\"next\" while more follow",
            content = @Content(schema = @Schema(implementation = ApplicationPage.class)))
    public Response list(@BeanParam ApplicationFilters filters, @BeanParam PageParameters paging) {
        var query = filters.query(countries);
        Page<ApplicationResponse> page = applications.search(caller, query,
                paging.toRequest(ApplicationService.CURSOR_SCOPE, ApplicationService.CURSOR_PARTS)).map(ApplicationResponse::forSecretariat);
        return PagedResponses.ok(new ApplicationPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getApplication", summary = "Read an application")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "The application",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    public ApplicationResponse get(@PathParam("id") long id, @HeaderParam(TRACKING_TOKEN_HEADER) String token) {
        if (caller.is(Role.SECRETARIAT)) {
            return ApplicationResponse.forSecretariat(applications.get(caller, id));
        }
        return ApplicationResponse.forApplicant(applications.forApplicant(id, requireToken(id, token)));
    }

    @POST
    @Path("{id}/provide-information")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "provideInformation", summary = "Answer the secretariat's request for information")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public ApplicationResponse provideInformation(@PathParam("id") long id, @HeaderParam(TRACKING_TOKEN_HEADER) String token,
                                                  @NotNull InformationGivenRequest body) {
        return ApplicationResponse.forApplicant(applications.provideInformation(id, requireToken(id, token), body.response()));
    }

    @POST
    @Path("{id}/withdraw")
    @PermitAll
    @Operation(operationId = "withdrawApplication", summary = "Withdraw an application")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalRequest.class)))
    public ApplicationResponse withdraw(@PathParam("id") long id, @HeaderParam(TRACKING_TOKEN_HEADER) String token, String body) {
        Optional<String> reason = WithdrawalRequest.reasonIn(body);
        if (caller.is(Role.SECRETARIAT)) {
            return ApplicationResponse.forSecretariat(applications.withdraw(caller, id, reason));
        }
        return ApplicationResponse.forApplicant(applications.withdrawByApplicant(id, requireToken(id, token), reason));
    }

    @POST
    @Path("{id}/start-review")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "startReview", summary = "Start reviewing an application")
    @APIResponse(responseCode = "200", description = "Under review", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public ApplicationResponse startReview(@PathParam("id") long id) {
        return ApplicationResponse.forSecretariat(applications.startReview(caller, id));
    }

    @POST
    @Path("{id}/request-information")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestInformation", summary = "Ask the applicant for more information")
    @APIResponse(responseCode = "200", description = "Information requested",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public ApplicationResponse requestInformation(@PathParam("id") long id, @NotNull InformationWantedRequest body) {
        return ApplicationResponse.forSecretariat(applications.requestInformation(caller, id, body.message()));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveApplication", summary = "Approve an application: the applicant becomes a member")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = ApplicationResponse.class),
            examples = @ExampleObject(name = "approved", externalValue = "ApproveApplication")))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public ApplicationResponse approve(@PathParam("id") long id, @NotNull ApprovalRequest body) {
        return ApplicationResponse.forSecretariat(applications.approve(caller, id, body.requiredTier(), Optional.ofNullable(body.note())));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectApplication", summary = "Reject an application")
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public ApplicationResponse reject(@PathParam("id") long id, @NotNull RejectionRequest body) {
        return ApplicationResponse.forSecretariat(applications.reject(caller, id, body.reason()));
    }

    /** Without a token, as with a wrong one, the application's existence is not disclosed. */
    private static String requireToken(long id, String token) {
        if (token == null || token.isBlank()) {
            throw new UnknownEntityException("application", String.valueOf(id));
        }
        return token;
    }
}
