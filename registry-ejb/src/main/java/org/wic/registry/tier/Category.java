package org.wic.registry.tier;

import org.wic.registry.error.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;

/** What kind of member: an organization, an enterprise, an institution or an individual. */
public enum Category {
    ORGANIZATION,
    ENTERPRISE,
    INSTITUTION,
    INDIVIDUAL;

    /** @throws InvalidInputException naming {@code field} for anything but the four names (any case) */
    public static Category parse(String field, String name) {
        try {
            return valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + String.join(", ", Arrays.stream(values()).map(Enum::name).toList()));
        }
    }
}
