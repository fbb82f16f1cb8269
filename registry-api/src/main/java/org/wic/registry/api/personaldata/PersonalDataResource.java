package org.wic.registry.api.personaldata;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.personaldata.PersonalDataBodies.Erased;
import org.wic.registry.api.personaldata.PersonalDataBodies.ErasureRequest;
import org.wic.registry.api.personaldata.PersonalDataBodies.Held;
import org.wic.registry.personaldata.PersonalDataService;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

/** What the registry holds about one person, and its erasure; the secretariat's alone. */
@Path("personal-data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
@Tag(name = "Personal data")
public class PersonalDataResource {

    @Inject
    private Caller caller;

    @Inject
    private PersonalDataService personalData;

    @GET
    @Operation(operationId = "findPersonalData", summary = "Everything held about one person",
            description = "By email, in any case: the member contacts, the accounts and the applications that name it, and the audit "
                    + "events about them. Empty lists when the registry holds nothing.")
    @Parameter(name = "email", in = ParameterIn.QUERY, required = true, example = "amina@networks.example")
    @APIResponse(responseCode = "200", description = "What is held", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Held.class), examples = @ExampleObject(name = "held", value = """
                    {"email": "amina@networks.example",
                     "contacts": [{"memberNumber": "WIC-000123", "memberName": "Example Networks Ltd", "id": 45, "name": "Amina Odhiambo",
                                   "title": "CTO", "email": "amina@networks.example", "phone": "+254 20 000000", "primary": true}],
                     "accounts": [], "applications": [{"id": 12, "legalName": "Example Networks Ltd", "status": "APPROVED",
                     "submittedAt": "2026-01-05T09:00:00Z", "contact": {"name": "Amina Odhiambo", "email": "amina@networks.example"},
                     "memberNumber": "WIC-000123"}],
                     "auditEvents": [{"id": 900, "occurredAt": "2026-02-01T10:00:00Z", "action": "member.contact-added",
                                      "entityType": "member-contact", "entityId": "WIC-000123/45"}]}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Held find(@QueryParam("email") String email) {
        return Held.of(personalData.find(caller, email));
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "erasePersonalData", summary = "Erase one person's personal data",
            description = "Everywhere the email is found (member contacts, accounts, applications), the name, email and phone become "
                    + "\"" + PersonalDataService.MARKER + "\", and the audit events about them lose those values from their before/after "
                    + "snapshots. Invoices, payments and the audit trail itself stay; the erasure is audited (with the reason, never the "
                    + "person's values). In one transaction: all of it, or nothing. Erasing someone the registry does not hold changes nothing.")
    @APIResponse(responseCode = "200", description = "Erased", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Erased.class), examples = @ExampleObject(name = "erased", value = """
                    {"erasureId": "5b0c6a52-8a4e-4f7e-9d3c-2a1b0c9d8e7f", "contacts": 1, "accounts": 0, "applications": 1, "auditEvents": 2}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Erased erase(@NotNull ErasureRequest request) {
        return Erased.of(personalData.erase(caller, request.email(), request.reason()));
    }
}
