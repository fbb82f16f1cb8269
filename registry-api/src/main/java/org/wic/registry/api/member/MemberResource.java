package org.wic.registry.api.member;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.json.MergePatches;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.member.DirectoryQuery;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberPatch;
import org.wic.registry.member.MemberService;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.Versions;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.tier.TierService;

import java.util.ArrayList;

/**
 * Members: the public directory and public records for everyone; the full record (address,
 * contacts) for the secretariat and the member's own representatives, who edit it with merge
 * patches under optimistic concurrency (ETag / If-Match); status and tier moves by the secretariat.
 */
@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

    static final String MEMBER_EXAMPLE = """
            {"number": "WIC-000123", "legalName": "Example Networks Ltd", "displayName": "Example Networks", "category": "ENTERPRISE",
             "country": "KE", "continent": "AF", "tier": "FULL", "status": "ACTIVE", "joinedOn": "2026-11-23",
             "website": "https://networks.example", "description": "Community networks across East Africa."}""";
    static final String FULL_MEMBER_EXAMPLE = """
            {"number": "WIC-000123", "legalName": "Example Networks Ltd", "displayName": "Example Networks", "category": "ENTERPRISE",
             "country": "KE", "continent": "AF", "tier": "FULL", "status": "ACTIVE", "joinedOn": "2026-11-23",
             "website": "https://networks.example", "description": "Community networks across East Africa.",
             "address": {"street": "12 Harbour Road", "city": "Nairobi", "postalCode": "00100", "country": "KE"},
             "contacts": [{"id": 4150, "name": "Amina Wanjiru", "title": "Head of partnerships", "email": "amina@networks.example", "primary": true}]}""";
    static final String NUMBER_DESCRIPTION = "Member number";
    static final String IF_MATCH_DESCRIPTION = "The ETag of the member as last read (required)";

    @Inject
    private Caller caller;

    @Inject
    private MemberService members;

    @Inject
    private CountryCatalog countries;

    @Inject
    private TierService tiers;

    @Context
    private UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(operationId = "listMembers", summary = "The member directory",
            description = "Public fields only. Active members unless status says otherwise; every filter combines with the others. "
                    + "Sorted by display name (ignoring case and accents) or by member number; paginated with a cursor, so no member "
                    + "is skipped or repeated while members join between pages.")
    @Parameter(name = "country", in = ParameterIn.QUERY, description = "ISO 3166-1 code (alpha-2 or alpha-3)", example = "KE")
    @Parameter(name = "continent", in = ParameterIn.QUERY, description = "Continent code: AF, AN, AS, EU, NA, OC, SA", example = "AF")
    @Parameter(name = "tier", in = ParameterIn.QUERY, description = "Tier code", example = "FULL")
    @Parameter(name = "category", in = ParameterIn.QUERY, description = "ORGANIZATION, ENTERPRISE, INSTITUTION or INDIVIDUAL")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "ACTIVE (the default), SUSPENDED, WITHDRAWN or TERMINATED")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Part of the legal or display name, ignoring case and accents", example = "networks")
    @Parameter(name = "joinedFrom", in = ParameterIn.QUERY, description = "Joined on or after this date", example = "2025-01-01")
    @Parameter(name = "joinedTo", in = ParameterIn.QUERY, description = "Joined on or before this date", example = "2025-12-31")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "name (the default) or number", example = "name")
    @Parameter(ref = "Limit")
    @Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of members; Link rel=\"next\" while more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + MEMBER_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    public Response list(@QueryParam("country") String country, @QueryParam("continent") String continent, @QueryParam("tier") String tier,
                         @QueryParam("category") String category, @QueryParam("status") String status, @QueryParam("q") String q,
                         @QueryParam("joinedFrom") String joinedFrom, @QueryParam("joinedTo") String joinedTo,
                         @QueryParam("sort") String sort, @BeanParam PageParameters paging) {
        var errors = new ArrayList<FieldError>();
        DirectoryQuery query = DirectoryFilters.parse(errors, countries, tiers, new DirectoryFilters.Typed(country, continent, tier, category, status, q,
                joinedFrom, joinedTo, sort));
        DirectoryQuery.Sort order = query.sort();
        PageRequest pageRequest = null;
        try {
            pageRequest = paging.toRequest(order.cursorScope(), order.cursorParts());
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Page<MemberResponse> page = members.directory(query, pageRequest)
                .map(member -> MemberResponse.publicView(member, continentOf(member)));
        return PagedResponses.ok(new MemberPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{number}")
    @PermitAll
    @Operation(operationId = "getMember", summary = "Read a member",
            description = "Public fields for everyone; also address and contacts for the secretariat and the member's own representatives. "
                    + "The ETag is the version to send in If-Match with a PATCH; If-None-Match with it answers 304 while nothing changed.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "The member", headers = @Header(name = HttpHeaders.ETAG, description = "The member's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class),
                    examples = {@ExampleObject(name = "public", value = MEMBER_EXAMPLE), @ExampleObject(name = "full", value = FULL_MEMBER_EXAMPLE)}))
    @APIResponse(responseCode = "304", ref = "NotModified")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@Parameter(description = NUMBER_DESCRIPTION, required = true, example = "WIC-000123") @PathParam("number") String number,
                        @Context Request request) {
        MemberService.View view = members.read(caller, number);
        EntityTag tag = entityTag(view.member());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(view.full() ? MemberResponse.fullView(view.member(), continentOf(view.member()))
                : MemberResponse.publicView(view.member(), continentOf(view.member()))).tag(tag).build();
    }

    @PATCH
    @Path("{number}")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Consumes(MergePatches.MEDIA_TYPE)
    @Operation(operationId = "updateMember", summary = "Change a member's record",
            description = "A JSON merge patch (RFC 7396): the fields to change, null to remove one. A member's representatives change legalName, "
                    + "displayName, website, description and address; the secretariat also category, country and joinedOn. Tier and status "
                    + "have their own operations (they record a reason), contacts their own resource. Naming a field the caller may not "
                    + "change is a 400 naming it. Needs If-Match with the ETag of the last read: 428 without, 412 when the member changed since.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @RequestBody(required = true, content = @Content(mediaType = MergePatches.MEDIA_TYPE, examples = @ExampleObject(name = "patch", value = """
            {"displayName": "Example Networks", "website": "https://example-networks.example", "address": {"city": "Mombasa", "postalCode": null}}""")))
    @APIResponse(responseCode = "200", description = "Changed; the full record", headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class),
                    examples = @ExampleObject(name = "full", value = FULL_MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@Parameter(description = NUMBER_DESCRIPTION, required = true, example = "WIC-000123") @PathParam("number") String number,
                           @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        Member member = members.update(caller, number, ifMatch, new MemberPatch(MergePatches.read(body)));
        return full(member);
    }

    @POST
    @Path("{number}/status")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMemberStatus", summary = "Change a member's status",
            description = "With a reason, kept in the status history. ACTIVE ⇄ SUSPENDED; ACTIVE or SUSPENDED → WITHDRAWN (on its request) or "
                    + "TERMINATED; WITHDRAWN and TERMINATED are final. Any other move is a 409 naming the possible ones. Needs If-Match with "
                    + "the ETag of the last read: 428 without, 412 when the member changed since.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Changed; the full record", headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class),
                    examples = @ExampleObject(name = "full", value = FULL_MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response changeStatus(@Parameter(description = NUMBER_DESCRIPTION, required = true, example = "WIC-000123") @PathParam("number") String number,
                                 @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull StatusChangeRequest request) {
        return full(members.changeStatus(caller, number, ifMatch, request.status(), request.reason()));
    }

    @GET
    @Path("{number}/status-history")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Operation(operationId = "getMemberStatusHistory", summary = "A member's status history",
            description = "Every status change, oldest first, with its reason, who made it and when. For the secretariat and the member's own representatives.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "The history", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatusHistory.class), examples = @ExampleObject(name = "history", value = """
                    {"items": [{"from": "ACTIVE", "to": "SUSPENDED", "reason": "Dues for 2026 unpaid after two reminders.", "actor": "m.okafor",
                                "at": "2026-11-23T10:15:30Z"}]}""")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public StatusHistory statusHistory(@Parameter(description = NUMBER_DESCRIPTION, required = true, example = "WIC-000123") @PathParam("number") String number) {
        return new StatusHistory(members.statusHistory(caller, number).stream().map(StatusHistory.Entry::of).toList());
    }

    @POST
    @Path("{number}/tier")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMemberTier", summary = "Move a member to another tier",
            description = "With a reason, kept in the audit trail. The tier must be active and open to the member's category; "
                    + "dues already invoiced keep their amount. Needs If-Match with the ETag of the last read: 428 without, 412 when the member changed since.")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "Moved; the full record", headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MemberResponse.class),
                    examples = @ExampleObject(name = "full", value = FULL_MEMBER_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response changeTier(@Parameter(description = NUMBER_DESCRIPTION, required = true, example = "WIC-000123") @PathParam("number") String number,
                               @Parameter(description = IF_MATCH_DESCRIPTION, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull TierChangeRequest request) {
        return full(members.changeTier(caller, number, ifMatch, request.tier(), request.reason()));
    }

    private Response full(Member member) {
        return Response.ok(MemberResponse.fullView(member, continentOf(member))).tag(entityTag(member)).build();
    }

    static EntityTag entityTag(Member member) {
        return EntityTag.valueOf(Versions.entityTag(member.version()));
    }

    private String continentOf(Member member) {
        return countries.continentCode(member.countryCode());
    }
}
