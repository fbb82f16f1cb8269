package org.wic.registry.text;

import org.wic.registry.error.InvalidInputException;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text a request carries (reasons, notes, references): stripped, and checked against a length
 * and for the characters text may hold.
 */
public final class TextInput {

    public static final String TEXT_CHARACTERS = "must not contain control characters other than tab and line breaks";
    public static final String NAME_CHARACTERS = "must not contain control characters, bidirectional overrides or invisible characters";

    /** Control characters other than tab and line breaks: nobody types them, and PostgreSQL refuses U+0000 outright. */
    private static final Pattern NOT_TEXT = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");
    /**
     * In names, also line breaks and tabs, the bidirectional controls (U+202E makes "gnp.exe" read as
     * "exe.png") and the invisible characters that make two names look alike while they differ.
     */
    private static final Pattern LOG_BREAKING = Pattern.compile("[\\p{Cc}\\u2028\\u2029]");
    private static final int MAX_LOGGED = 200;
    private static final Pattern NOT_NAME = Pattern.compile("[\\p{Cc}\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF]");

    private TextInput() {
    }

    /** @throws InvalidInputException naming {@code field} unless it holds 1 to {@code max} characters */
    public static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > max) {
            throw new InvalidInputException(field, "is required: 1 to " + max + " characters");
        }
        textProblem(text).ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
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
        text.flatMap(TextInput::textProblem).ifPresent(problem -> {
            throw new InvalidInputException(field, problem);
        });
        return text;
    }

    /** Why this can't be kept as free text (a description, a reason), if it can't. */
    public static Optional<String> textProblem(String text) {
        return text != null && NOT_TEXT.matcher(text).find() ? Optional.of(TEXT_CHARACTERS) : Optional.empty();
    }

    /** Why this can't be kept as a name (of an organization, a person, a tier), if it can't. */
    public static Optional<String> nameProblem(String text) {
        return text != null && NOT_NAME.matcher(text).find() ? Optional.of(NAME_CHARACTERS) : Optional.empty();
    }

    /**
     * Text from a request made safe for a log line: control characters and line separators become
     * '?' (a username with a line break cannot forge a log entry), at most 200 characters.
     */
    public static String loggable(String text) {
        if (text == null) {
            return "";
        }
        String line = LOG_BREAKING.matcher(text).replaceAll("?");
        return line.length() > MAX_LOGGED ? line.substring(0, MAX_LOGGED) + "…" : line;
    }
}
