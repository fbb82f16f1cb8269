package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;
import org.wic.registry.dues.Invoice;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "Invoice", description = "A member's dues for a year; overdue is derived: an open balance after the due date")
public record InvoiceResponse(
        @Schema(example = "2026-000123") String number,
        @Schema(example = "WIC-000123") String memberNumber,
        @Schema(example = "2026") int year,
        MoneyJson amount,
        MoneyJson balance,
        @Schema(example = "2026-11-23") LocalDate issuedOn,
        @Schema(example = "2027-01-22") LocalDate dueOn,
        @Schema(description = "OPEN, PARTIALLY_PAID, PAID, WAIVED or VOID", example = "PARTIALLY_PAID") String status,
        @Schema(example = "false") boolean overdue,
        @Schema(description = "Why it was waived or voided") String closeReason,
        @Schema(description = "In the answer for one invoice", type = SchemaType.ARRAY, implementation = PaymentResponse.class) List<PaymentResponse> payments) {

    static InvoiceResponse summary(Invoice invoice, LocalDate today) {
        return of(invoice, today, null);
    }

    static InvoiceResponse detail(Invoice invoice, LocalDate today) {
        return of(invoice, today, invoice.payments().stream().map(PaymentResponse::of).toList());
    }

    private static InvoiceResponse of(Invoice invoice, LocalDate today, List<PaymentResponse> payments) {
        return new InvoiceResponse(invoice.number().value(), invoice.member().number().toString(), invoice.year(), MoneyJson.of(invoice.amount()),
                MoneyJson.of(invoice.balance()), invoice.issuedOn(), invoice.dueOn(), invoice.status().name(), invoice.overdue(today),
                invoice.closeReason().orElse(null), payments);
    }
}
