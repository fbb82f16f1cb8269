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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import org.wic.registry.api.caching.ConditionalAnswers;
import org.wic.registry.api.json.MergePatches;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.member.DirectoryQuery;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberPatch;
import org.wic.registry.member.MemberService;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.Versions;
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
    @Operation(operationId = "listMembers", summary = "The member directory")
    @APIResponse(responseCode = "200", description = "A page of members; Link rel=\"next\" while more follow",
            content = @Content(schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response list(@BeanParam DirectoryFilters filters, @BeanParam PageParameters paging, @Context Request request) {
        var errors = new ArrayList<FieldError>();
        DirectoryQuery query = filters.query(errors, countries, tiers);
        PageRequest pageRequest = paging.toRequest(errors, query.sort().cursorScope(), query.sort().cursorParts());
        FieldValues.requireNone(errors);
        Page<MemberResponse> page = members.directory(query, pageRequest)
                .map(member -> MemberResponse.publicView(member, continentOf(member)));
        return PagedResponses.withNextLink(ConditionalAnswers.revalidated(request, new MemberPage(page.items(), PagedResponses.nextCursor(page))),
                page, uriInfo);
    }

    @GET
    @Path("{number}")
    @PermitAll
    @Operation(operationId = "getMember", summary = "Read a member")
    @SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
    @APIResponse(responseCode = "200", description = "The member", headers = @Header(name = HttpHeaders.ETAG, description = "The member's version"),
            content = @Content(schema = @Schema(implementation = MemberResponse.class),
            examples = {@ExampleObject(name = "public", externalValue = "Member"), @ExampleObject(name = "full", externalValue = "FullMember")}))
    @APIResponse(responseCode = "304", ref = "NotModified")
    public Response get(@PathParam("number") String number, @Context Request request) {
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
    @Operation(operationId = "updateMember", summary = "Change a member's record")
    @RequestBody(required = true, content = @Content(mediaType = MergePatches.MEDIA_TYPE, examples = @ExampleObject(name = "patch", value = """
            {"displayName": "Example Networks", "website": "https://example-networks.example", "address": {"city": "Mombasa", "postalCode": null}}""")))
    @APIResponse(responseCode = "200", description = "Changed; the full record",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = MemberResponse.class),
            examples = @ExampleObject(name = "full", externalValue = "FullMember")))
    public Response update(@PathParam("number") String number,
                           @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        Member member = members.update(caller, number, ifMatch, new MemberPatch(MergePatches.read(body)));
        return full(member);
    }

    @POST
    @Path("{number}/status")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMemberStatus", summary = "Change a member's status")
    @APIResponse(responseCode = "200", description = "Changed; the full record",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = MemberResponse.class),
            examples = @ExampleObject(name = "full", externalValue = "FullMember")))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public Response changeStatus(@PathParam("number") String number,
                                 @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"3\"")
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull StatusChangeRequest request) {
        return full(members.changeStatus(caller, number, ifMatch, request.toStatus(), request.reason()));
    }

    @GET
    @Path("{number}/status-history")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Operation(operationId = "getMemberStatusHistory", summary = "A member's status history")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = StatusHistory.class)))
    public StatusHistory statusHistory(@PathParam("number") String number) {
        return new StatusHistory(members.statusHistory(caller, number).stream().map(StatusHistory.Entry::of).toList());
    }

    @POST
    @Path("{number}/tier")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeMemberTier", summary = "Move a member to another tier")
    @APIResponse(responseCode = "200", description = "Moved; the full record",
            headers = @Header(name = HttpHeaders.ETAG, description = "The new version"),
            content = @Content(schema = @Schema(implementation = MemberResponse.class),
            examples = @ExampleObject(name = "full", externalValue = "FullMember")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response changeTier(@PathParam("number") String number,
                               @Parameter(description = IF_MATCH_DESCRIPTION, required = true, example = "\"3\"")
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                               @NotNull TierChangeRequest request) {
        return full(members.changeTier(caller, number, ifMatch, request.toTier(), request.reason()));
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
