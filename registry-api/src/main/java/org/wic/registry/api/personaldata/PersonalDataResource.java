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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.personaldata.PersonalDataService;

/** What the registry holds about one person, and its erasure; the secretariat's alone. */
@Path("personal-data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Personal data")
public class PersonalDataResource {

    @Inject
    private Caller caller;

    @Inject
    private PersonalDataService personalData;

    @GET
    @Operation(operationId = "findPersonalData", summary = "Everything held about one person")
    @Parameter(name = "email", in = ParameterIn.QUERY, required = true, example = "amina@networks.example")
    @APIResponse(responseCode = "200", description = "What is held", content = @Content(schema = @Schema(implementation = HeldResponse.class),
            examples = @ExampleObject(name = "held", externalValue = "PersonalData")))
    public HeldResponse find(@QueryParam("email") String email) {
        return HeldResponse.of(personalData.find(caller, email));
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "erasePersonalData", summary = "Erase one person's personal data",
            description = "Everywhere the email is found (member contacts, accounts, applications), the name, email and phone become "
                    + "\"" + PersonalDataService.MARKER + "\", and the audit events about them lose those values from their before/after "
                    + "snapshots. Invoices, payments and the audit trail itself stay; the erasure is audited (with the reason, never the "
                    + "person's values). In one transaction: all of it, or nothing. Erasing someone the registry does not hold changes nothing.")
    @APIResponse(responseCode = "200", description = "Erased", content = @Content(schema = @Schema(implementation = ErasedResponse.class),
            examples = @ExampleObject(name = "erased", externalValue = "ErasureResult")))
    public ErasedResponse erase(@NotNull ErasureRequest request) {
        return ErasedResponse.of(personalData.erase(caller, request.email(), request.reason()));
    }
}
