package org.wic.registry.api.dues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.InvoiceService;

/** A member's statement: for the secretariat and the member's own representatives. */
@Path("members/{number}/statement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
@Tag(name = "Dues")
public class StatementResource {

    @Inject
    private Caller caller;

    @Inject
    private InvoiceService invoices;

    @GET
    @Operation(operationId = "getMemberStatement", summary = "A member's statement")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(schema = @Schema(implementation = StatementResponse.class)))
    public StatementResponse get(@PathParam("number") String number) {
        return StatementResponse.of(invoices.statement(caller, number));
    }
}
