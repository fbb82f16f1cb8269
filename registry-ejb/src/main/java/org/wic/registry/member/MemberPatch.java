package org.wic.registry.member;

import org.wic.registry.contact.WebAddress;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.notification.Language;
import org.wic.registry.text.TextInput;
import org.wic.registry.tier.Category;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON merge patch (RFC 7396) of a member's record, as plain Java: each named field maps to its
 * new value, {@code null} to remove it, a {@code Map} to merge into the address; anything else is
 * not text. Checked as a whole against what the caller may change (mass assignment) and against
 * the rules of each field, with every problem named in one answer.
 */
public final class MemberPatch {

    /** What a member's representatives may change. */
    static final Set<String> PROFILE_FIELDS = Set.of("legalName", "displayName", "website", "description", "address", "language");
    /** What the secretariat may change besides. */
    static final Set<String> SECRETARIAT_FIELDS = Set.of("category", "country", "joinedOn");
    private static final Set<String> ADDRESS_FIELDS = Set.of("street", "city", "region", "postalCode", "country");

    private final Map<String, Object> fields;

    public MemberPatch(Map<String, Object> fields) {
        this.fields = new LinkedHashMap<>(fields);
    }

    public Set<String> fields() {
        return fields.keySet();
    }

    /** The language the registry writes in, if the patch changes it. */
    Optional<Language> language() {
        if (!fields.containsKey("language")) {
            return Optional.empty();
        }
        Object value = fields.get("language");
        return Optional.of(Language.find(value instanceof String text ? text : "")
                .orElseThrow(() -> new InvalidInputException("language", Language.RULE)));
    }

    /**
     * The profile after this patch.
     *
     * @param secretariat whether the secretariat patches (else a representative of the member)
     * @param countries   the ISO 3166-1 alpha-2 code of a country code as typed, if it is one
     * @throws InvalidInputException naming every field the caller may not change or gave a bad value
     */
    MemberProfile applyTo(Member member, boolean secretariat, Function<String, Optional<String>> countries, LocalDate today) {
        var errors = new ArrayList<FieldError>();
        fields.keySet().forEach(field -> refusal(field, secretariat).ifPresent(message -> errors.add(new FieldError(field, message))));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors); // values of fields one may not touch are nobody's business
        }
        MemberProfile current = member.profile();
        String legalName = fields.containsKey("legalName")
                ? required(errors, "legalName", fields.get("legalName"), LegalName::of).map(LegalName::value).orElse(current.legalName())
                : current.legalName();
        String displayName = current.displayName();
        if (fields.containsKey("displayName")) {
            // removing the display name shows the legal name
            displayName = fields.get("displayName") == null ? legalName
                    : required(errors, "displayName", fields.get("displayName"), DisplayName::of).map(DisplayName::value).orElse(displayName);
        } else if (current.displayName().equals(current.legalName())) {
            displayName = legalName; // a display name that was the legal name follows it
        }
        Optional<String> website = fields.containsKey("website")
                ? optional(errors, "website", fields.get("website"), WebAddress::optional).map(WebAddress::value) : current.website();
        Optional<String> description = fields.containsKey("description")
                ? optional(errors, "description", fields.get("description"), Description::optional).map(Description::value) : current.description();
        Optional<Address> address = fields.containsKey("address") ? address(errors, current.address(), fields.get("address"), countries)
                : current.address();
        Category category = current.category();
        if (fields.containsKey("category")) {
            category = text(errors, "category", fields.get("category"), 1, 20).map(name -> parseCategory(errors, name)).orElse(category);
            if (!member.tier().isOpenTo(category)) {
                errors.add(new FieldError("category", "the member's tier " + member.tier().code() + " is not open to " + category
                        + "; choose a category the tier is open to, or change the tier first"));
            }
        }
        String country = fields.containsKey("country")
                ? text(errors, "country", fields.get("country"), 1, 3).flatMap(code -> country(errors, "country", code, countries)).orElse(current.countryCode())
                : current.countryCode();
        LocalDate joinedOn = fields.containsKey("joinedOn") ? date(errors, "joinedOn", fields.get("joinedOn"), today).orElse(current.joinedOn())
                : current.joinedOn();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new MemberProfile(legalName, displayName, website, description, address, category, country, joinedOn);
    }

    /** Why this caller may not name this field in a patch, if it may not. */
    static Optional<String> refusal(String field, boolean secretariat) {
        if (PROFILE_FIELDS.contains(field) || secretariat && SECRETARIAT_FIELDS.contains(field)) {
            return Optional.empty();
        }
        return Optional.of(switch (field) {
            case "number", "continent" -> "cannot be changed (the continent follows the country)";
            case "contacts" -> "is edited at /api/v1/members/{number}/contacts";
            case "tier", "status", "category", "country", "joinedOn" -> secretariat
                    ? "is changed with POST /api/v1/members/{number}/" + field + ", which records a reason"
                    : "may not be changed by a member's representative; ask the secretariat";
            default -> "is not a field of a member";
        });
    }

    private static Optional<Address> address(List<FieldError> errors, Optional<Address> current, Object value,
                                             Function<String, Optional<String>> countries) {
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Map<?, ?> patch)) {
            errors.add(new FieldError("address", "must be an object with street, city, region, postalCode and country, or null"));
            return current;
        }
        int before = errors.size();
        patch.keySet().stream().map(String::valueOf).filter(key -> !ADDRESS_FIELDS.contains(key))
                .forEach(key -> errors.add(new FieldError("address." + key, "is not a field of an address")));
        Optional<String> street = patch.containsKey("street") ? optionalText(errors, "address.street", patch.get("street"), Address.MAX_STREET)
                : current.flatMap(Address::street);
        Optional<String> city = patch.containsKey("city") ? optionalText(errors, "address.city", patch.get("city"), Address.MAX_CITY)
                : current.map(Address::city);
        Optional<String> region = patch.containsKey("region") ? optionalText(errors, "address.region", patch.get("region"), Address.MAX_REGION)
                : current.flatMap(Address::region);
        Optional<String> postalCode = patch.containsKey("postalCode")
                ? optionalText(errors, "address.postalCode", patch.get("postalCode"), Address.MAX_POSTAL_CODE) : current.flatMap(Address::postalCode);
        Optional<String> country = patch.containsKey("country")
                ? optionalText(errors, "address.country", patch.get("country"), 3).flatMap(code -> country(errors, "address.country", code, countries))
                : current.map(Address::countryCode);
        if (errors.size() > before) {
            return current;
        }
        if (city.isEmpty() || country.isEmpty()) {
            errors.add(new FieldError(city.isEmpty() ? "address.city" : "address.country", "is required in an address"));
            return current;
        }
        return Optional.of(new Address(street, city.get(), region, postalCode, country.get()));
    }

    private static Optional<String> country(List<FieldError> errors, String field, String code, Function<String, Optional<String>> countries) {
        Optional<String> alpha2 = countries.apply(code);
        check(errors, field, alpha2.isPresent(), "must be an ISO 3166-1 country code: see GET /api/v1/countries");
        return alpha2;
    }

    private static Category parseCategory(List<FieldError> errors, String name) {
        try {
            return Category.parse("category", name);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static Optional<LocalDate> date(List<FieldError> errors, String field, Object value, LocalDate today) {
        try {
            LocalDate date = LocalDate.parse(value instanceof String text ? text.strip() : "");
            return Optional.of(date).filter(day -> check(errors, field, !day.isAfter(today), "cannot be in the future"));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date, YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    /** A required text of min to max characters, stripped. */
    private static Optional<String> text(List<FieldError> errors, String field, Object value, int min, int max) {
        String text = value instanceof String string ? string.strip() : null;
        if (text == null || text.length() < min || text.length() > max) {
            errors.add(new FieldError(field, "is required: text of " + min + " to " + max + " characters"));
            return Optional.empty();
        }
        Optional<String> problem = TextInput.textProblem(text);
        problem.ifPresent(message -> errors.add(new FieldError(field, message)));
        return Optional.of(text).filter(checked -> problem.isEmpty());
    }

    /** A required value: text, made into its value type, which checks it. */
    private static <T> Optional<T> required(List<FieldError> errors, String field, Object value, Function<String, T> make) {
        if (!(value instanceof String text)) {
            errors.add(new FieldError(field, "is required: text"));
            return Optional.empty();
        }
        return FieldValues.read(errors, field, () -> make.apply(text));
    }

    /** An optional value (null or blank removes it): text, made into its value type, which checks it. */
    private static <T> Optional<T> optional(List<FieldError> errors, String field, Object value, Function<String, Optional<T>> make) {
        if (value != null && !(value instanceof String)) {
            errors.add(new FieldError(field, "must be text, or null to remove it"));
            return Optional.empty();
        }
        return FieldValues.read(errors, field, () -> make.apply((String) value)).flatMap(Function.identity());
    }

    /** An optional text (null or blank removes it) of at most max characters, stripped. */
    private static Optional<String> optionalText(List<FieldError> errors, String field, Object value, int max) {
        if (value == null || value instanceof String string && string.isBlank()) {
            return Optional.empty();
        }
        return text(errors, field, value, 1, max);
    }

    private static boolean check(List<FieldError> errors, String field, boolean holds, String message) {
        if (!holds) {
            errors.add(new FieldError(field, message));
        }
        return holds;
    }
}
