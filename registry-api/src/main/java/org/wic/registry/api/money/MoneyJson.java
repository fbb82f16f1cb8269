package org.wic.registry.api.money;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.money.Money;

/** Money in JSON: {@code {"value": "5000.00", "currency": "USD"}}, the value a decimal string at the currency's scale. */
@Schema(name = "Money")
@JsonbPropertyOrder({"value", "currency"})
public record MoneyJson(
        @Schema(description = "Decimal string at the currency's scale", example = "5000.00") String value,
        @Schema(description = "ISO 4217 code", example = "USD") String currency) {

    public static MoneyJson of(Money money) {
        return new MoneyJson(money.valueText(), money.currency().getCurrencyCode());
    }

    /** @see Money#parse(String, Money.MoneyText) */
    public Money toMoney(String field) {
        return Money.parse(field, new Money.MoneyText(value, currency));
    }
}
