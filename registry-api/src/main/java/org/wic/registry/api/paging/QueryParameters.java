package org.wic.registry.api.paging;

import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.error.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Query parameters of a collection, read so that every bad one is named in one answer: each parse
 * adds its error to the list and the resource throws once at the end.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Absent when not given (or blank), else parsed; a value that does not parse adds {@code rule} as the parameter's error. */
    public static <T> Optional<T> parse(List<FieldError> errors, String name, String value, Function<String, Optional<T>> parser, String rule) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<T> parsed = parser.apply(value.strip());
        if (parsed.isEmpty()) {
            errors.add(new FieldError(name, rule));
        }
        return parsed;
    }

    /**
     * A query parameter read alone: absent when not given (or blank), else parsed.
     *
     * @throws InvalidInputException naming it, with {@code rule}, when it does not parse
     */
    public static <T> Optional<T> parse(String name, String value, Function<String, Optional<T>> parser, String rule) {
        var errors = new ArrayList<FieldError>();
        Optional<T> parsed = parse(errors, name, value, parser, rule);
        FieldValues.requireNone(errors);
        return parsed;
    }

    /**
     * A query parameter an operation cannot do without.
     *
     * @throws InvalidInputException naming it, with {@code rule}, when it is absent or does not parse
     */
    public static <T> T required(String name, String value, Function<String, Optional<T>> parser, String rule) {
        return parse(name, value, parser, rule).orElseThrow(() -> new InvalidInputException(name, rule));
    }

    /** Empty when not given or blank, else the value stripped. */
    public static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }

    /** An enum constant by name, in any case. */
    public static <E extends Enum<E>> Function<String, Optional<E>> constantOf(Class<E> type) {
        return name -> Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }

    public static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A whole number from min to max. */
    public static Function<String, Optional<Long>> wholeNumber(long min, long max) {
        return text -> {
            try {
                return Optional.of(Long.parseLong(text)).filter(value -> value >= min && value <= max);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        };
    }

    public static Optional<Boolean> bool(String text) {
        return switch (text) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }
}
