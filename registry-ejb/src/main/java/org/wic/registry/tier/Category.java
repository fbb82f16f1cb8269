package org.wic.registry.tier;

import org.wic.registry.error.InvalidInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of member: an organization, an enterprise, an institution or an individual. */
public enum Category {
    ORGANIZATION,
    ENTERPRISE,
    INSTITUTION,
    INDIVIDUAL;

    /** The category of this name, in any case. */
    public static Optional<Category> find(String name) {
        return Arrays.stream(values()).filter(category -> name != null && category.name().equals(name.strip().toUpperCase(Locale.ROOT))).findFirst();
    }

    /** @throws InvalidInputException naming {@code field} for anything but the four names (any case) */
    public static Category parse(String field, String name) {
        return find(name).orElseThrow(() -> new InvalidInputException(field, "must be one of "
                + String.join(", ", Arrays.stream(values()).map(Enum::name).toList())));
    }
}
