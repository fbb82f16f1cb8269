package org.wic.registry.api.member;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberService;

@Path("members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

    @Inject
    private MemberService members;

    @Inject
    private CountryCatalog countries;

    @GET
    @Path("{number}")
    @PermitAll
    @Operation(operationId = "getMember", summary = "Read a member's public record", description = "By member number. Public.")
    @APIResponse(responseCode = "200", description = "The member", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MemberResponse.class), examples = @ExampleObject(name = "member", value = """
                    {"number": "WIC-000123", "legalName": "Example Networks Ltd", "displayName": "Example Networks", "category": "ENTERPRISE",
                     "country": "KE", "continent": "AF", "tier": "FULL", "status": "ACTIVE", "joinedOn": "2026-11-23",
                     "website": "https://networks.example"}""")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public MemberResponse get(@Parameter(description = "Member number", required = true, example = "WIC-000123") @PathParam("number") String number) {
        Member member = members.get(number);
        return MemberResponse.of(member, countries.country(member.countryCode()).orElseThrow().continent().code());
    }
}
