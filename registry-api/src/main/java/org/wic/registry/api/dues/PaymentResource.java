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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

import java.util.Optional;

/** Payments, for the secretariat: read one, reverse one. */
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
@Tag(name = "Dues")
public class PaymentResource {

    @Inject
    private Caller caller;

    @Inject
    private IdempotentCreations creations;

    @Inject
    private InvoiceService invoices;

    @GET
    @Path("{id}")
    @Operation(operationId = "getPayment", summary = "Read a payment")
    @APIResponse(responseCode = "200", description = "The payment", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentResponse.class), examples = @ExampleObject(name = "payment", value = InvoiceResource.PAYMENT_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PaymentResponse get(@Parameter(description = "Payment id", required = true) @PathParam("id") long id) {
        return PaymentResponse.of(invoices.payment(caller, id));
    }

    @POST
    @Path("{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reversePayment", summary = "Reverse a payment",
            description = "The payment stays, marked reversed; its amount is owed again and the invoice's status follows. Once only (409). Accepts Idempotency-Key.")
    @APIResponse(responseCode = "200", description = "Reversed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentResponse.class), examples = @ExampleObject(name = "payment", value = InvoiceResource.PAYMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response reverse(@Parameter(description = "Payment id", required = true) @PathParam("id") long id,
                            @Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull DuesBodies.Reason request) {
        return creations.once("POST /api/v1/payments/" + id + "/reversal", caller, idempotencyKey, request, () -> new IdempotentCreations.Outcome(
                Response.Status.OK.getStatusCode(), Optional.empty(), PaymentResponse.of(invoices.reverse(caller, id, request.reason()))));
    }
}
