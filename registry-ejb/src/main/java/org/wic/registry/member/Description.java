package org.wic.registry.member;

import org.wic.registry.error.InvalidInputException;
import org.wic.registry.text.TextInput;

import java.util.Optional;

/** What a member (or an applicant) says it does: 1 to 2000 characters of text, stripped; line breaks allowed. */
public record Description(String value) {

    public static final int MAX_LENGTH = 2000;

    public Description {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidInputException("description", "must be at most " + MAX_LENGTH + " characters");
        }
        TextInput.textProblem(value).ifPresent(problem -> {
            throw new InvalidInputException("description", problem);
        });
    }

    /** Empty when absent or blank (no description), else the stripped text, checked. */
    public static Optional<Description> optional(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(text -> !text.isEmpty()).map(Description::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
