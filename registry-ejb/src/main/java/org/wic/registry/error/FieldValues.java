package org.wic.registry.error;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Reads a request's values into domain values, collecting what is wrong instead of stopping at the
 * first: each value type checks itself when made (and names itself in its refusal); here its
 * refusal is filed under the request's own field name, or a file's column and line. The caller
 * throws once with every bad field ({@link #requireNone}).
 * <p>
 * For values made here, not by an EJB: an {@code InvalidInputException} leaving an EJB method marks
 * the transaction for rollback even when the caller catches it (ask such a bean for an Optional).
 */
public final class FieldValues {

    private FieldValues() {
    }

    /** The value {@code make} builds, or empty with its refusal added to {@code errors} under {@code field}. */
    public static <T> Optional<T> read(List<FieldError> errors, String field, Supplier<T> make) {
        return read(errors, make, error -> new FieldError(field, error.message(), error.line()));
    }

    /** The same for a value in a file: under its column, at its line. */
    public static <T> Optional<T> read(List<FieldError> errors, int line, String column, Supplier<T> make) {
        return read(errors, make, error -> FieldError.atLine(line, column, error.message()));
    }

    private static <T> Optional<T> read(List<FieldError> errors, Supplier<T> make, UnaryOperator<FieldError> filed) {
        try {
            return Optional.of(make.get());
        } catch (InvalidInputException refused) {
            refused.errors().forEach(error -> errors.add(filed.apply(error)));
            return Optional.empty();
        }
    }

    /** @throws InvalidInputException naming every collected error, if there is one */
    public static void requireNone(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
