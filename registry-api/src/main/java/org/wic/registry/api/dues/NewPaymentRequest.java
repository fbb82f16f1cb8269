package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.money.Money;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;

@Schema(name = "NewPayment")
public record NewPaymentRequest(@Schema(required = true) MoneyJson amount,
                         @Schema(description = "The date the money arrived", example = "2026-11-20", required = true) String receivedOn,
                         @Schema(description = "BANK_TRANSFER, CARD or OTHER", example = "BANK_TRANSFER", required = true) String method,
                         @Schema(description = "Optional: the bank's or card processor's reference", example = "SWIFT 20261120-0042") String reference) {

    /** @throws InvalidInputException naming the amount and the date, when they are not one */
    InvoiceService.PaymentForm toForm() {
        var errors = new ArrayList<FieldError>();
        Money money = null;
        try {
            money = amount == null ? Money.parse("amount", null) : amount.toMoney("amount");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(receivedOn == null ? "" : receivedOn.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("receivedOn", "must be a date, YYYY-MM-DD"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new InvoiceService.PaymentForm(money, date, method, reference);
    }
}
