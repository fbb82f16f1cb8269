package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.dues.StatementEntry;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Statement", description = "A member's invoices, payments, reversals, waivers and voidings in date order, and its balance per currency")
public record StatementResponse(@Schema(example = "WIC-000123") String memberNumber, List<Entry> entries,
                                @Schema(description = "What the member owes, per currency", type = SchemaType.ARRAY, implementation = MoneyJson.class) List<MoneyJson> balances) {

    @Schema(name = "StatementEntry")
    public record Entry(@Schema(example = "2026-11-23") LocalDate date,
                        @Schema(description = "INVOICE, PAYMENT, REVERSAL, WAIVER or VOIDING", example = "PAYMENT") String kind,
                        @Schema(example = "2026-000123") String invoiceNumber,
                        @Schema(description = "For payments and reversals") Long paymentId,
                        @Schema(description = "Signed: positive raises the balance, negative lowers it") MoneyJson amount,
                        String note) {
    }

    static StatementResponse of(InvoiceService.Statement statement) {
        return new StatementResponse(statement.member().number().toString(), statement.entries().stream().map(StatementResponse::entry).toList(),
                statement.balances().stream().map(MoneyJson::of).toList());
    }

    private static Entry entry(StatementEntry entry) {
        return new Entry(entry.date(), entry.kind().name(), entry.invoiceNumber().value(), entry.paymentId(), MoneyJson.of(entry.amount()), entry.note());
    }
}
