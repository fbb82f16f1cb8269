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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.application.Application;
import org.wic.registry.application.ApplicationQuery;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.tier.Category;

import java.util.Arrays;
import java.util.Locale;
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
    private static final String TRACKING_TOKEN_DESCRIPTION = "The applicant's tracking token, from the answer to the submission";

    private static final String APPLICATION_EXAMPLE = """
            {"id": 1050, "legalName": "Example Networks Ltd", "category": "ENTERPRISE", "country": "KE", "website": "https://networks.example",
             "requestedTier": "FULL", "contact": {"name": "Amina Wanjiru", "email": "amina@networks.example"},
             "motivation": "We run community networks across East Africa.", "status": "UNDER_REVIEW", "submittedAt": "2026-11-23T10:15:30Z",
             "allowedActions": ["approve", "reject", "request-information", "withdraw"],
             "possibleDuplicates": [{"kind": "MEMBER", "reference": "WIC-000012", "legalName": "Example Networks Limited"}],
             "history": [{"action": "submit", "to": "SUBMITTED", "actor": "applicant", "at": "2026-11-23T10:15:30Z"},
                         {"action": "start-review", "from": "SUBMITTED", "to": "UNDER_REVIEW", "actor": "admin", "at": "2026-11-24T08:00:00Z"}]}""";

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
    @Operation(operationId = "submitApplication", summary = "Apply for membership",
            description = "No credentials needed. The answer holds trackingToken, shown this once: send it as X-Tracking-Token to follow "
                    + "the application. Accepts Idempotency-Key: the same key and body again answers the first answer and creates nothing.")
    @APIResponse(responseCode = "201", description = "Submitted; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationResponse.class), examples = @ExampleObject(name = "submitted", value = """
                    {"id": 1050, "legalName": "Example Networks Ltd", "category": "ENTERPRISE", "country": "KE", "requestedTier": "FULL",
                     "contact": {"name": "Amina Wanjiru", "email": "amina@networks.example"}, "motivation": "We run community networks.",
                     "status": "SUBMITTED", "submittedAt": "2026-11-23T10:15:30Z",
                     "trackingToken": "trk_Vq3m0n4cZk8yH1pR7sT2uW5xY9aB6dE0fG3hJ-kL_mN", "allowedActions": ["withdraw"]}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response submit(@Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull ApplicationRequest request) {
        return creations.create("POST /api/v1/applications", caller, idempotencyKey, request, () -> {
            ApplicationService.Submitted submitted = applications.submit(caller, request.form());
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(submitted.application().id())).build(),
                    ApplicationResponse.forApplicant(submitted.application(), submitted.trackingToken()));
        });
    }

    @GET
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "listApplications", summary = "List applications", description = "Oldest first, filtered, paginated.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, APPROVED, REJECTED or WITHDRAWN", example = "SUBMITTED")
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL")
    @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 code", example = "KE")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Part of the legal name, ignoring case and accents", example = "networks")
    @Parameter(ref = "Limit")
    @Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of applications; Link rel=\"next\" while more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + APPLICATION_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@QueryParam("status") String status, @QueryParam("category") String category,
                         @QueryParam("country") String country, @QueryParam("q") String q, @BeanParam PageParameters paging) {
        var query = new ApplicationQuery(present(status).map(ApplicationResource::status),
                present(category).map(name -> Category.parse("category", name)),
                present(country).map(code -> countries.country(code)
                        .orElseThrow(() -> new InvalidInputException("country", "must be an ISO 3166-1 country code")).alpha2()),
                present(q));
        Page<ApplicationResponse> page = applications.search(caller, query,
                paging.toRequest(ApplicationService.CURSOR_SCOPE, ApplicationService.CURSOR_PARTS)).map(ApplicationResponse::forSecretariat);
        return PagedResponses.ok(new ApplicationPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getApplication", summary = "Read an application",
            description = "The secretariat with its account; the applicant with X-Tracking-Token. Anyone else, or a wrong token, gets 404.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "The application", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationResponse.class), examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ApplicationResponse get(@Parameter(description = "Application id", required = true) @PathParam("id") long id,
                                   @Parameter(description = TRACKING_TOKEN_DESCRIPTION) @HeaderParam(TRACKING_TOKEN_HEADER) String token) {
        if (caller.is(Role.SECRETARIAT)) {
            return ApplicationResponse.forSecretariat(applications.get(caller, id));
        }
        return ApplicationResponse.forApplicant(applications.forApplicant(id, requireToken(id, token)));
    }

    @POST
    @Path("{id}/provide-information")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "provideInformation", summary = "Answer the secretariat's request for information",
            description = "For the applicant, with X-Tracking-Token; the application goes back under review.")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationResponse.class), examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ApplicationResponse provideInformation(@Parameter(description = "Application id", required = true) @PathParam("id") long id,
                                                  @Parameter(description = TRACKING_TOKEN_DESCRIPTION) @HeaderParam(TRACKING_TOKEN_HEADER) String token,
                                                  @NotNull Bodies.InformationResponse body) {
        return ApplicationResponse.forApplicant(applications.provideInformation(id, requireToken(id, token), body.response()));
    }

    @POST
    @Path("{id}/withdraw")
    @PermitAll
    @Operation(operationId = "withdrawApplication", summary = "Withdraw an application",
            description = "By the applicant with X-Tracking-Token, or by the secretariat on the applicant's request. The body is optional.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationResponse.class), examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Bodies.Withdrawal.class)))
    public ApplicationResponse withdraw(@Parameter(description = "Application id", required = true) @PathParam("id") long id,
                                        @Parameter(description = TRACKING_TOKEN_DESCRIPTION) @HeaderParam(TRACKING_TOKEN_HEADER) String token, String body) {
        Optional<String> reason = Bodies.optional(body, Bodies.Withdrawal.class).map(Bodies.Withdrawal::reason);
        if (caller.is(Role.SECRETARIAT)) {
            return ApplicationResponse.forSecretariat(applications.withdraw(caller, id, reason));
        }
        return ApplicationResponse.forApplicant(applications.withdrawByApplicant(id, requireToken(id, token), reason));
    }

    @POST
    @Path("{id}/start-review")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "startReview", summary = "Start reviewing an application", description = "SUBMITTED to UNDER_REVIEW.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Under review", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationResponse.class), examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public ApplicationResponse startReview(@Parameter(description = "Application id", required = true) @PathParam("id") long id) {
        return ApplicationResponse.forSecretariat(applications.startReview(caller, id));
    }

    @POST
    @Path("{id}/request-information")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestInformation", summary = "Ask the applicant for more information",
            description = "UNDER_REVIEW to INFORMATION_REQUESTED; the applicant answers with provide-information.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Information requested", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationResponse.class), examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ApplicationResponse requestInformation(@Parameter(description = "Application id", required = true) @PathParam("id") long id,
                                                  @NotNull Bodies.InformationRequest body) {
        return ApplicationResponse.forSecretariat(applications.requestInformation(caller, id, body.message()));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveApplication", summary = "Approve an application: the applicant becomes a member",
            description = "In one transaction: the member is created with the next member number, in the chosen tier, joining today, "
                    + "with the applicant's contact as primary contact; the answer names its memberNumber. Approving twice (also at "
                    + "the same moment) makes one member: the others get 409.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationResponse.class), examples = @ExampleObject(name = "approved", value = """
                    {"id": 1050, "legalName": "Example Networks Ltd", "category": "ENTERPRISE", "country": "KE", "requestedTier": "FULL",
                     "contact": {"name": "Amina Wanjiru", "email": "amina@networks.example"}, "motivation": "We run community networks.",
                     "status": "APPROVED", "submittedAt": "2026-11-23T10:15:30Z", "allowedActions": [],
                     "decision": {"at": "2026-11-25T09:00:00Z", "by": "admin", "tier": "FULL"}, "memberNumber": "WIC-000123"}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ApplicationResponse approve(@Parameter(description = "Application id", required = true) @PathParam("id") long id,
                                       @NotNull Bodies.Approval body) {
        if (body.tier() == null || body.tier().isBlank()) {
            throw new InvalidInputException("tier", "is required: the tier the member joins in");
        }
        return ApplicationResponse.forSecretariat(applications.approve(caller, id, body.tier(), Optional.ofNullable(body.note())));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectApplication", summary = "Reject an application", description = "A reason is required.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Rejected", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicationResponse.class), examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public ApplicationResponse reject(@Parameter(description = "Application id", required = true) @PathParam("id") long id,
                                      @NotNull Bodies.Rejection body) {
        return ApplicationResponse.forSecretariat(applications.reject(caller, id, body.reason()));
    }

    /** Without a token, as with a wrong one, the application's existence is not disclosed. */
    private static String requireToken(long id, String token) {
        if (token == null || token.isBlank()) {
            throw new UnknownEntityException("application", String.valueOf(id));
        }
        return token;
    }

    private static ApplicationStatus status(String name) {
        try {
            return ApplicationStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be one of " + String.join(", ", Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList()));
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
