package org.wic.registry.api.dues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.InvoiceNumber;
import org.wic.registry.dues.InvoiceQuery;
import org.wic.registry.dues.InvoiceDocuments;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.dues.Payment;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;
import org.wic.registry.time.RegistryCalendar;

import java.time.LocalDate;

/** Invoices: the secretariat's list, one invoice for the secretariat and the member's representatives, payments, waivers, voidings. */
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dues")
public class InvoiceResource {

    static final String PDF = "application/pdf";
    static final String PDF_EXAMPLE = "%PDF-1.4 … (an A4 document: the WIC, the member, amounts, payments, balance, bank details)";

    @Inject
    private Caller caller;

    @Inject
    private InvoiceService invoices;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private InvoiceDocuments documents;

    @Inject
    private IdempotentCreations creations;

    @Context
    private UriInfo uriInfo;

    @GET
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "listInvoices", summary = "List invoices")
    @APIResponse(responseCode = "200", description = "A page of invoices", content = @Content(schema = @Schema(implementation = InvoicePage.class)))
    public Response list(@BeanParam InvoiceFilters filters, @BeanParam PageParameters paging) {
        InvoiceQuery query = filters.query();
        LocalDate today = calendar.today();
        Page<InvoiceResponse> page = invoices.search(caller, query, paging.toRequest(InvoiceService.CURSOR_SCOPE, InvoiceService.CURSOR_PARTS))
                .map(invoice -> InvoiceResponse.summary(invoice, today));
        return PagedResponses.ok(new InvoicePage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Operation(operationId = "getInvoice", summary = "Read an invoice")
    @APIResponse(responseCode = "200", description = "The invoice", content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
    public InvoiceResponse get(@PathParam("number") String number) {
        return InvoiceResponse.detail(invoices.get(caller, InvoiceNumber.named(number)), calendar.today());
    }

    @GET
    @Path("{number}.pdf")
    @Produces(PDF)
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Operation(operationId = "getInvoicePdf", summary = "The invoice as PDF")
    @APIResponse(responseCode = "200", description = "The invoice",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"), example = PDF_EXAMPLE),
            headers = @Header(name = "Content-Disposition", description = "attachment, with the file name",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 100)))
    public Response pdf(@PathParam("number") String number) {
        InvoiceNumber named = InvoiceNumber.named(number);
        return Pdfs.attachment(documents.invoicePdf(caller, named), named.value() + ".pdf", () -> new UnknownEntityException("invoice", named.value()));
    }

    @POST
    @Path("{number}/payments")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPayment", summary = "Record a payment")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it",
            content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response pay(@PathParam("number") String number, @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
                        @NotNull NewPaymentRequest request) {
        return creations.create("POST /api/v1/invoices/" + number + "/payments", caller, idempotencyKey, request, () -> {
            Payment payment = invoices.pay(caller, InvoiceNumber.named(number), request.toForm());
            return new IdempotentCreations.Created(uriInfo.getBaseUriBuilder().path("payments").path(String.valueOf(payment.id())).build(),
                    PaymentResponse.of(payment));
        });
    }

    @POST
    @Path("{number}/waive")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "waiveInvoice", summary = "Waive an invoice's balance")
    @APIResponse(responseCode = "200", description = "Waived", content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public InvoiceResponse waive(@PathParam("number") String number, @NotNull ReasonRequest request) {
        return InvoiceResponse.detail(invoices.waive(caller, InvoiceNumber.named(number), request.reason()), calendar.today());
    }

    @POST
    @Path("{number}/void")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "voidInvoice", summary = "Void an invoice issued in error")
    @APIResponse(responseCode = "200", description = "Voided", content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public InvoiceResponse voidInvoice(@PathParam("number") String number, @NotNull ReasonRequest request) {
        return InvoiceResponse.detail(invoices.voidInvoice(caller, InvoiceNumber.named(number), request.reason()), calendar.today());
    }
}
