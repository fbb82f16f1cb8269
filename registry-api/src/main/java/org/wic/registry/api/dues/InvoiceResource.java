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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.dues.InvoiceQuery;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.dues.InvoiceStatus;
import org.wic.registry.dues.Payment;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.money.Money;
import org.wic.registry.paging.Page;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.time.RegistryCalendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Optional;

/** Invoices: the secretariat's list, one invoice for the secretariat and the member's representatives, payments, waivers, voidings. */
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
@Tag(name = "Dues")
public class InvoiceResource {

    static final String INVOICE_EXAMPLE = """
            {"number": "2026-000123", "memberNumber": "WIC-000123", "year": 2026, "amount": {"value": "1666.67", "currency": "USD"},
             "balance": {"value": "666.67", "currency": "USD"}, "issuedOn": "2026-11-23", "dueOn": "2027-01-22", "status": "PARTIALLY_PAID",
             "overdue": false}""";
    static final String PAYMENT_EXAMPLE = """
            {"id": 350, "invoiceNumber": "2026-000123", "amount": {"value": "1000.00", "currency": "USD"}, "receivedOn": "2026-11-20",
             "method": "BANK_TRANSFER", "reference": "SWIFT 20261120-0042", "reversed": false}""";

    @Inject
    private Caller caller;

    @Inject
    private InvoiceService invoices;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private IdempotentCreations creations;

    @Context
    private UriInfo uriInfo;

    @GET
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Operation(operationId = "listInvoices", summary = "List invoices", description = "Oldest first, filtered, paginated.")
    @Parameter(name = "member", in = ParameterIn.QUERY, description = "Member number", example = "WIC-000123")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "Dues year", example = "2026")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "OPEN, PARTIALLY_PAID, PAID, WAIVED or VOID")
    @Parameter(name = "overdue", in = ParameterIn.QUERY, description = "true: only overdue ones; false: none of those")
    @Parameter(ref = "Limit")
    @Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of invoices", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvoicePage.class), examples = @ExampleObject(name = "page", value = "{\"items\": [" + INVOICE_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@QueryParam("member") String member, @QueryParam("year") String year, @QueryParam("status") String status,
                         @QueryParam("overdue") String overdue, @BeanParam PageParameters paging) {
        var errors = new ArrayList<FieldError>();
        Optional<Integer> dueYear = QueryParameters.parse(errors, "year", year, QueryParameters.wholeNumber(Integer.MIN_VALUE, Integer.MAX_VALUE), "must be a year such as 2026")
                .map(Long::intValue);
        Optional<InvoiceStatus> invoiceStatus = QueryParameters.parse(errors, "status", status, QueryParameters.constantOf(InvoiceStatus.class),
                "must be OPEN, PARTIALLY_PAID, PAID, WAIVED or VOID");
        Optional<Boolean> isOverdue = QueryParameters.parse(errors, "overdue", overdue, QueryParameters::bool, "must be true or false");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var query = new InvoiceQuery(Optional.ofNullable(member).filter(text -> !text.isBlank()), dueYear, invoiceStatus, isOverdue);
        LocalDate today = calendar.today();
        Page<InvoiceResponse> page = invoices.search(caller, query, paging.toRequest(InvoiceService.CURSOR_SCOPE, InvoiceService.CURSOR_PARTS))
                .map(invoice -> InvoiceResponse.summary(invoice, today));
        return PagedResponses.ok(new InvoicePage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.MEMBER})
    @Operation(operationId = "getInvoice", summary = "Read an invoice", description = "With its payments. For the secretariat and the "
            + "member's own representatives; for anyone else it does not exist (404).")
    @APIResponse(responseCode = "200", description = "The invoice", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvoiceResponse.class), examples = @ExampleObject(name = "invoice", value = INVOICE_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public InvoiceResponse get(@Parameter(description = "Invoice number", required = true, example = "2026-000123") @PathParam("number") String number) {
        return InvoiceResponse.detail(invoices.get(caller, number), calendar.today());
    }

    @POST
    @Path("{number}/payments")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPayment", summary = "Record a payment",
            description = "In the invoice's currency, more than zero and at most the open balance (409 otherwise). The invoice becomes "
                    + "PARTIALLY_PAID or PAID; a payment that clears the balance of a member suspended for arrears reinstates it. "
                    + "Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentResponse.class), examples = @ExampleObject(name = "payment", value = PAYMENT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response pay(@Parameter(description = "Invoice number", required = true, example = "2026-000123") @PathParam("number") String number,
                        @Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                        @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull DuesBodies.NewPayment request) {
        return creations.create("POST /api/v1/invoices/" + number + "/payments", caller, idempotencyKey, request, () -> {
            Payment payment = invoices.pay(caller, number, form(request));
            return new IdempotentCreations.Created(uriInfo.getBaseUriBuilder().path("payments").path(String.valueOf(payment.id())).build(),
                    PaymentResponse.of(payment));
        });
    }

    @POST
    @Path("{number}/waive")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "waiveInvoice", summary = "Waive an invoice's balance", description = "OPEN or PARTIALLY_PAID → WAIVED, with a reason.")
    @APIResponse(responseCode = "200", description = "Waived", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvoiceResponse.class), examples = @ExampleObject(name = "invoice", value = INVOICE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public InvoiceResponse waive(@Parameter(description = "Invoice number", required = true) @PathParam("number") String number,
                                 @NotNull DuesBodies.Reason request) {
        return InvoiceResponse.detail(invoices.waive(caller, number, request.reason()), calendar.today());
    }

    @POST
    @Path("{number}/void")
    @RolesAllowed(Role.Names.SECRETARIAT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "voidInvoice", summary = "Void an invoice issued in error", description = "Only an OPEN invoice with nothing paid; with a reason.")
    @APIResponse(responseCode = "200", description = "Voided", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvoiceResponse.class), examples = @ExampleObject(name = "invoice", value = INVOICE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public InvoiceResponse voidInvoice(@Parameter(description = "Invoice number", required = true) @PathParam("number") String number,
                                       @NotNull DuesBodies.Reason request) {
        return InvoiceResponse.detail(invoices.voidInvoice(caller, number, request.reason()), calendar.today());
    }

    private static InvoiceService.PaymentForm form(DuesBodies.NewPayment request) {
        var errors = new ArrayList<FieldError>();
        Money amount = null;
        try {
            amount = request.amount() == null ? Money.parse("amount", null) : request.amount().toMoney("amount");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        LocalDate receivedOn = null;
        try {
            receivedOn = LocalDate.parse(request.receivedOn() == null ? "" : request.receivedOn().strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("receivedOn", "must be a date, YYYY-MM-DD"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InvoiceService.PaymentForm(amount, receivedOn, request.method(), request.reference());
    }
}
