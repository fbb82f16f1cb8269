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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

/** A member's statement: for the secretariat and the member's own representatives. */
@Path("members/{number}/statement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
@Tag(name = "Dues")
public class StatementResource {

    @Inject
    private Caller caller;

    @Inject
    private InvoiceService invoices;

    @GET
    @Operation(operationId = "getMemberStatement", summary = "A member's statement",
            description = "Invoices, payments, reversals, waivers and voidings in date order, and the balance per currency.")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StatementResponse.class), examples = @ExampleObject(name = "statement", value = """
                    {"memberNumber": "WIC-000123", "entries": [
                      {"date": "2026-11-23", "kind": "INVOICE", "invoiceNumber": "2026-000123", "amount": {"value": "1666.67", "currency": "USD"}, "note": "Dues 2026"},
                      {"date": "2026-11-25", "kind": "PAYMENT", "invoiceNumber": "2026-000123", "paymentId": 350, "amount": {"value": "-1000.00", "currency": "USD"}, "note": "BANK_TRANSFER"}],
                     "balances": [{"value": "666.67", "currency": "USD"}]}""")))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public StatementResponse get(@Parameter(description = "Member number", required = true, example = "WIC-000123") @PathParam("number") String number) {
        return StatementResponse.of(invoices.statement(caller, number));
    }
}
