package org.wic.registry.member;

import org.wic.registry.error.InvalidInputException;

/** The name the directory shows and sorts by: the rules of a {@link LegalName}, from one character on. */
public record DisplayName(String value) {

    public DisplayName {
        String problem = LegalNames.problem(value == null ? "" : value, LegalNames.MIN_DISPLAY_NAME).orElse(null);
        if (problem != null) {
            throw new InvalidInputException("displayName", problem);
        }
    }

    public static DisplayName of(String typed) {
        return new DisplayName(typed == null ? "" : typed.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
