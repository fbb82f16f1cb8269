package org.wic.registry.error;

import java.util.Optional;

/** Free text a request carries (reasons, notes, references): stripped, and checked against a length. */
public final class TextInput {

    private TextInput() {
    }

    /** @throws InvalidInputException naming {@code field} unless it holds 1 to {@code max} characters */
    public static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new InvalidInputException(field, "is required: 1 to " + max + " characters");
        }
        return text;
    }

    /**
     * Empty when absent or blank.
     *
     * @throws InvalidInputException naming {@code field} when longer than {@code max} characters
     */
    public static Optional<String> optional(String field, String value, int max) {
        Optional<String> text = Optional.ofNullable(value).map(String::strip).filter(stripped -> !stripped.isEmpty());
        if (text.filter(stripped -> stripped.length() > max).isPresent()) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return text;
    }
}
