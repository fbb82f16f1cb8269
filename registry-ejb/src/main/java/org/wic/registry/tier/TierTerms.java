package org.wic.registry.tier;

import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.money.Money;
import org.wic.registry.text.TextInput;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What the secretariat decides about a tier: its name, description, annual dues, the categories it is open to, a vote. */
public record TierTerms(String name, Optional<String> description, Money dues, Set<Category> categories, boolean voting) {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 1000;

    public TierTerms {
        var errors = new ArrayList<FieldError>();
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters"));
        }
        TextInput.nameProblem(name).ifPresent(problem -> errors.add(new FieldError("name", problem)));
        description = description.map(String::strip).filter(text -> !text.isEmpty());
        if (description.filter(text -> text.length() > MAX_DESCRIPTION).isPresent()) {
            errors.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
        description.flatMap(TextInput::textProblem).ifPresent(problem -> errors.add(new FieldError("description", problem)));
        if (dues == null) {
            errors.add(new FieldError("dues", "is required"));
        } else if (dues.isNegative()) {
            errors.add(new FieldError("dues.value", "must not be negative"));
        }
        if (categories == null || categories.isEmpty()) {
            errors.add(new FieldError("categories", "must name at least one of ORGANIZATION, ENTERPRISE, INSTITUTION, INDIVIDUAL"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        categories = Collections.unmodifiableSet(EnumSet.copyOf(categories)); // enum order, for answers and the audit trail
    }
}
