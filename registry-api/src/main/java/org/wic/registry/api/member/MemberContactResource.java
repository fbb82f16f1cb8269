package org.wic.registry.api.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.json.MergePatches;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberContact;
import org.wic.registry.member.MemberContactService;

import java.util.List;
import java.util.Optional;

/**
 * A member's contacts: for the secretariat and the member's own representatives. Exactly one is
 * primary at all times; each change moves the member's version (its ETag) on.
 */
@Path("members/{number}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
@Tag(name = "Members")
public class MemberContactResource {

    @Inject
    private Caller caller;

    @Inject
    private MemberContactService contacts;

    @Inject
    private IdempotentCreations creations;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "listMemberContacts", summary = "A member's contacts")
    @APIResponse(responseCode = "200", description = "The contacts", content = @Content(schema = @Schema(implementation = ContactList.class)))
    public Response list(@PathParam("number") String number) {
        List<MemberContact> found = contacts.list(caller, number);
        return Response.ok(new ContactList(found.stream().map(ContactResponse::of).toList())).tag(MemberResource.entityTag(found.get(0).member()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addMemberContact", summary = "Add a contact")
    @APIResponse(responseCode = "201", description = "Added; Location names it",
            content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    public Response add(@PathParam("number") String number, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                        @Parameter(description = "Optional here: the ETag of the member as last read, to add only to that version", example = "\"3\"")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull ContactRequest request) {
        return creations.create("POST /api/v1/members/" + number + "/contacts", caller, idempotencyKey, request, () -> {
            MemberContact contact = contacts.add(caller, number, Optional.ofNullable(ifMatch), request.form());
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(contact.id())).build(),
                    ContactResponse.of(contact));
        });
    }

    @PATCH
    @Path("{id}")
    @Consumes(MergePatches.MEDIA_TYPE)
    @Operation(operationId = "updateMemberContact", summary = "Change a contact")
    @RequestBody(required = true, content = @Content(mediaType = MergePatches.MEDIA_TYPE,
            examples = @ExampleObject(name = "patch", value = "{\"title\": \"Director\", \"phone\": null, \"primary\": true}")))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ContactResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response update(@PathParam("number") String number, @PathParam("id") long id,
                           @Parameter(description = MemberResource.IF_MATCH_DESCRIPTION, required = true, example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           String body) {
        MemberContact contact = contacts.update(caller, number, id, ifMatch, MergePatches.read(body));
        return Response.ok(ContactResponse.of(contact)).tag(MemberResource.entityTag(contact.member())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeMemberContact", summary = "Remove a contact")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response remove(@PathParam("number") String number, @PathParam("id") long id,
                           @Parameter(description = MemberResource.IF_MATCH_DESCRIPTION, required = true, example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Member member = contacts.remove(caller, number, id, ifMatch);
        return Response.noContent().tag(MemberResource.entityTag(member)).build();
    }
}
