package org.wic.registry.api.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.member.DirectoryFilters;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.country.CountryCatalog;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.exchange.Chunk;
import org.wic.registry.exchange.ExportService;
import org.wic.registry.exchange.MemberColumns;
import org.wic.registry.member.DirectoryQuery;
import org.wic.registry.paging.Cursor;
import org.wic.registry.tier.TierService;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The secretariat's CSV exports: RFC 4180 (CRLF line ends, quotes where needed), UTF-8, a header
 * line first. Streamed chunk by chunk as the database gives them, so memory stays flat however many
 * rows there are. The first chunk is read before the answer starts: a refusal or an outage is still
 * a problem response, not a cut-off file.
 */
@Path("exports")
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Exports and imports")
public class ExportResource {

    static final String CSV = "text/csv";
    private static final String CSV_UTF8 = CSV + "; charset=UTF-8";
    private static final String MEMBERS_EXAMPLE = "number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,addressCity,addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary\r\n"
            + "WIC-000123,Example Networks Ltd,Example Networks,ENTERPRISE,KE,FULL,ACTIVE,2025-03-01,https://networks.example,,,Nairobi,,,KE,Amina Odhiambo,CTO,amina@networks.example,+254 20 000000,true\r\n";
    private static final String DIRECTORY_EXAMPLE = "number,legalName,displayName,category,country,continent,tier,status,joinedOn,website,description\r\n"
            + "WIC-000123,Example Networks Ltd,Example Networks,ENTERPRISE,KE,AF,FULL,ACTIVE,2025-03-01,https://networks.example,Community networks.\r\n";
    private static final String INVOICES_EXAMPLE = "number,memberNumber,year,amount,currency,paid,balance,issuedOn,dueOn,status,overdue,closedOn,closeReason\r\n"
            + "2026-000042,WIC-000123,2026,5000.00,USD,1000.00,4000.00,2026-01-02,2026-03-03,PARTIALLY_PAID,false,,\r\n";
    private static final String PAYMENTS_EXAMPLE = "id,invoiceNumber,memberNumber,amount,currency,receivedOn,method,reference,reversed,reversedOn,reversalReason\r\n"
            + "310,2026-000042,WIC-000123,1000.00,USD,2026-01-20,BANK_TRANSFER,SWIFT 0042,false,,\r\n";

    @Inject
    private Caller caller;

    @Inject
    private ExportService exports;

    @Inject
    private CountryCatalog countries;

    @Inject
    private TierService tiers;

    @GET
    @Path("members.csv")
    @Produces(CSV)
    @Operation(operationId = "exportMembers", summary = "Members with their contacts, as CSV")
    @APIResponse(responseCode = "200", description = "The CSV, streamed", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING), example = MEMBERS_EXAMPLE))
    public Response members() {
        return csv("members.csv", MemberColumns.HEADER, after -> exports.members(caller, after));
    }

    @GET
    @Path("directory.csv")
    @Produces(CSV)
    @Operation(operationId = "exportDirectory", summary = "The member directory, as CSV")
    @APIResponse(responseCode = "200", description = "The CSV, streamed", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING), example = DIRECTORY_EXAMPLE))
    public Response directory(@BeanParam DirectoryFilters filters) {
        List<FieldError> errors = new ArrayList<>();
        DirectoryQuery query = filters.query(errors, countries, tiers);
        FieldValues.requireNone(errors);
        return csv("directory.csv", ExportService.DIRECTORY_HEADER, after -> exports.directory(caller, query, after));
    }

    @GET
    @Path("invoices.csv")
    @Produces(CSV)
    @Operation(operationId = "exportInvoices", summary = "Invoices, as CSV")
    @APIResponse(responseCode = "200", description = "The CSV, streamed", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING), example = INVOICES_EXAMPLE))
    public Response invoices() {
        return csv("invoices.csv", ExportService.INVOICE_HEADER, after -> exports.invoices(caller, after));
    }

    @GET
    @Path("payments.csv")
    @Produces(CSV)
    @Operation(operationId = "exportPayments", summary = "Payments, as CSV")
    @APIResponse(responseCode = "200", description = "The CSV, streamed", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING), example = PAYMENTS_EXAMPLE))
    public Response payments() {
        return csv("payments.csv", ExportService.PAYMENT_HEADER, after -> exports.payments(caller, after));
    }

    private static Response csv(String fileName, List<String> header, Function<Optional<Cursor>, Chunk> chunks) {
        Chunk first = chunks.apply(Optional.empty());
        StreamingOutput body = output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            try (var printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                printer.printRecord(header);
                Chunk chunk = first;
                while (true) {
                    printer.printRecords(chunk.rows());
                    if (chunk.next().isEmpty()) {
                        break;
                    }
                    printer.flush(); // hand what is written to the client before reading on
                    chunk = chunks.apply(chunk.next());
                }
            }
        };
        return Response.ok(body, CSV_UTF8).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
