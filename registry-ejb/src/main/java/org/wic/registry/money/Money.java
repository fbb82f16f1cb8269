package org.wic.registry.money;

import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of an ISO 4217 currency, always at the currency's scale ({@code 5000.00} USD,
 * {@code 5000} JPY). Arithmetic that would need more digits is the caller's to round, explicitly.
 */
public record Money(BigDecimal value, Currency currency) {

    /** The database keeps NUMERIC(19,4): 15 digits before the point. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** A decimal string longer than this is no amount anyone pays. */
    static final int MAX_TEXT = 40;

    public Money {
        Objects.requireNonNull(currency, "currency");
        int scale = scaleOf(currency);
        try {
            value = Objects.requireNonNull(value, "value").setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(value + " has more decimals than " + currency + " allows (" + scale + ")", e);
        }
    }

    public static Money of(String value, String currency) {
        return of("value", value, "currency", currency);
    }

    /**
     * Reads money from a request: {@code value} a decimal string, {@code currency} an ISO 4217 code.
     *
     * @throws InvalidInputException naming {@code field.value} and/or {@code field.currency}
     */
    public static Money parse(String field, MoneyText text) {
        if (text == null) {
            throw new InvalidInputException(field, "is required: {\"value\": \"5000.00\", \"currency\": \"USD\"}");
        }
        return of(field + ".value", text.value(), field + ".currency", text.currency());
    }

    /** A value and currency as text, as requests carry them. */
    public record MoneyText(String value, String currency) {
    }

    private static Money of(String valueField, String value, String currencyField, String code) {
        var errors = new ArrayList<FieldError>();
        Currency currency = null;
        try {
            currency = Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
            if (currency.getDefaultFractionDigits() < 0) {
                errors.add(new FieldError(currencyField, "is not a currency money can be counted in"));
                currency = null;
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(currencyField, "must be an ISO 4217 currency code such as USD, EUR or CNY"));
        }
        BigDecimal amount = null;
        String typed = value == null ? "" : value.strip();
        try {
            amount = typed.length() <= MAX_TEXT ? new BigDecimal(typed) : null;
            if (amount == null) {
                errors.add(new FieldError(valueField, "must be a decimal number of at most " + MAX_TEXT + " characters"));
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError(valueField, "must be a decimal number such as 5000.00"));
        }
        // checked before any rescaling: "1e999999999" would otherwise be a billion-digit number to build
        if (amount != null && amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            errors.add(new FieldError(valueField, "must be less than 10^" + MAX_INTEGER_DIGITS + " in absolute value"));
            amount = null;
        }
        if (amount != null && currency != null && amount.stripTrailingZeros().scale() > scaleOf(currency)) {
            errors.add(new FieldError(valueField, "has more decimals than " + currency.getCurrencyCode() + " allows (" + scaleOf(currency) + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Money(amount, currency);
    }

    private static int scaleOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** The value as JSON carries it: a decimal string at the currency's scale. */
    public String valueText() {
        return value.toPlainString();
    }

    @Override
    public String toString() {
        return valueText() + " " + currency.getCurrencyCode();
    }
}
