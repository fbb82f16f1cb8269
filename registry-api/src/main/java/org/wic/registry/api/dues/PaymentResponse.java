package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;
import org.wic.registry.dues.Payment;

import java.time.LocalDate;

@Schema(name = "Payment", description = "Money received for an invoice; a reversed payment stays, offset by its reversal")
public record PaymentResponse(
        @Schema(example = "350") long id,
        @Schema(example = "2026-000123") String invoiceNumber,
        MoneyJson amount,
        @Schema(example = "2026-11-20") LocalDate receivedOn,
        @Schema(description = "BANK_TRANSFER, CARD or OTHER", example = "BANK_TRANSFER") String method,
        @Schema(example = "SWIFT 20261120-0042") String reference,
        @Schema(example = "false") boolean reversed,
        LocalDate reversedOn,
        String reversalReason) {

    static PaymentResponse of(Payment payment) {
        return new PaymentResponse(payment.id(), payment.invoice().number().value(), MoneyJson.of(payment.amount()), payment.receivedOn(),
                payment.method().name(), payment.reference().orElse(null), payment.reversed(), payment.reversedOn().orElse(null),
                payment.reversalReason().orElse(null));
    }
}
