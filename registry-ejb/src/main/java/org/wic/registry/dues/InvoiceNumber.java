package org.wic.registry.dues;

import org.wic.registry.error.UnknownEntityException;

import java.util.Optional;
import java.util.regex.Pattern;

/** An invoice's number: the year, a dash, and six or more digits ({@code 2026-000042}), without gaps within a year. */
public record InvoiceNumber(String value) {

    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{6,}");

    public InvoiceNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not an invoice number: " + value);
        }
    }

    public static InvoiceNumber of(int year, long sequence) {
        return new InvoiceNumber(String.format("%04d-%06d", year, sequence));
    }

    /** The number in a request, or empty when it is none (then no invoice has it). */
    public static Optional<InvoiceNumber> parse(String text) {
        String stripped = text == null ? "" : text.strip();
        return FORM.matcher(stripped).matches() ? Optional.of(new InvoiceNumber(stripped)) : Optional.empty();
    }

    /**
     * The invoice a request names: a text that is not an invoice number names no invoice.
     *
     * @throws UnknownEntityException when it is not one
     */
    public static InvoiceNumber named(String text) {
        return parse(text).orElseThrow(() -> new UnknownEntityException("invoice", String.valueOf(text)));
    }

    public int year() {
        return Integer.parseInt(value.substring(0, 4));
    }

    @Override
    public String toString() {
        return value;
    }
}
