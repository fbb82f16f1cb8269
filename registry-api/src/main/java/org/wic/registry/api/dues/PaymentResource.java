package org.wic.registry.api.dues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.InvoiceDocuments;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.idempotency.IdempotencyKey;

import java.util.Optional;

/** Payments, for the secretariat: read one, reverse one; its receipt also for the member's representatives. */
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Dues")
public class PaymentResource {

    @Inject
    private Caller caller;

    @Inject
    private IdempotentCreations creations;

    @Inject
    private InvoiceService invoices;

    @Inject
    private InvoiceDocuments documents;

    @GET
    @Path("{id}")
    @Operation(operationId = "getPayment", summary = "Read a payment")
    @APIResponse(responseCode = "200", description = "The payment", content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    public PaymentResponse get(@PathParam("id") long id) {
        return PaymentResponse.of(invoices.payment(caller, id));
    }

    @GET
    @Path("{id}/receipt.pdf")
    @Produces(InvoiceResource.PDF)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Operation(operationId = "getReceiptPdf", summary = "The payment's receipt as PDF")
    @APIResponse(responseCode = "200", description = "The receipt",
            content = @Content(mediaType = InvoiceResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    example = InvoiceResource.PDF_EXAMPLE),
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file name",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)))
    public Response receipt(@PathParam("id") long id) {
        return Pdfs.attachment(documents.receiptPdf(caller, id), "receipt-" + id + ".pdf", () -> new UnknownEntityException("payment", String.valueOf(id)));
    }

    @POST
    @Path("{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reversePayment", summary = "Reverse a payment")
    @APIResponse(responseCode = "200", description = "Reversed", content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response reverse(@PathParam("id") long id, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull ReasonRequest request) {
        return creations.once("POST /api/v1/payments/" + id + "/reversal", caller, idempotencyKey, request, () -> new IdempotentCreations.Outcome(
                Response.Status.OK.getStatusCode(), Optional.empty(), PaymentResponse.of(invoices.reverse(caller, id, request.reason()))));
    }
}
