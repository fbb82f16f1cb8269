package org.wic.registry.contact;

import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.TextInput;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A person to write to: a name, an email address, perhaps a phone number. */
public record ContactPerson(String name, String email, Optional<String> phone) {

    /** What an erased person's name, email and phone read as (personal data erasure). */
    public static final String ERASED = "[erased]";
    static final int MAX_NAME = 120;
    static final int MAX_EMAIL = 254;
    /** Pragmatic, not RFC 5322: one @, no blanks, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{C}]{1,64}@[^@\\s\\p{C}.]+(\\.[^@\\s\\p{C}.]+)+");
    private static final String EMAIL_RULE = "must be an email address such as name@example.org";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,40}");

    /**
     * Checks a contact as typed, adding one error per bad field under {@code prefix}
     * ({@code contact.email}; no prefix for a contact of its own); answers the cleaned contact when there were none.
     */
    public static Optional<ContactPerson> check(String prefix, String name, String email, String phone, List<FieldError> errors) {
        int before = errors.size();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME) {
            errors.add(new FieldError(field(prefix, "name"), "must be 1 to " + MAX_NAME + " characters"));
        } else {
            TextInput.nameProblem(cleanName).ifPresent(problem -> errors.add(new FieldError(field(prefix, "name"), problem)));
        }
        Optional<String> cleanEmail = email(email);
        if (cleanEmail.isEmpty()) {
            errors.add(new FieldError(field(prefix, "email"), EMAIL_RULE));
        }
        Optional<String> cleanPhone = Optional.ofNullable(phone).map(String::strip).filter(p -> !p.isEmpty());
        if (cleanPhone.isPresent() && !PHONE.matcher(cleanPhone.get()).matches()) {
            errors.add(new FieldError(field(prefix, "phone"), "must be 5 to 40 digits, spaces and + ( ) . - /"));
        }
        return errors.size() == before ? Optional.of(new ContactPerson(cleanName, cleanEmail.orElseThrow(), cleanPhone)) : Optional.empty();
    }

    /** A contact whose person was erased: every value the marker (the phone absent or the marker). */
    public static Optional<ContactPerson> erased(String name, String email, String phone) {
        boolean erased = ERASED.equals(name) && ERASED.equals(email) && (phone == null || phone.isBlank() || ERASED.equals(phone));
        return erased ? Optional.of(new ContactPerson(ERASED, ERASED, Optional.ofNullable(phone).filter(ERASED::equals))) : Optional.empty();
    }

    /** An email address as typed, cleaned (its domain in lower case), if it is one. */
    public static Optional<String> email(String typed) {
        String clean = typed == null ? "" : typed.strip();
        return clean.length() <= MAX_EMAIL && EMAIL.matcher(clean).matches() ? Optional.of(lowerCaseDomain(clean)) : Optional.empty();
    }

    /** @throws InvalidInputException naming {@code field} unless {@code typed} is an email address */
    public static String requireEmail(String field, String typed) {
        return email(typed).orElseThrow(() -> new InvalidInputException(field, EMAIL_RULE));
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** The domain of an address is case-insensitive; the local part, strictly, is not. */
    private static String lowerCaseDomain(String email) {
        int at = email.lastIndexOf('@');
        return email.substring(0, at + 1) + email.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
