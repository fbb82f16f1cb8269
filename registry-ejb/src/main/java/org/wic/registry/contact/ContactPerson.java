package org.wic.registry.contact;

import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.text.TextInput;

import java.util.List;
import java.util.Optional;

/** A person to write to: a name, an email address, perhaps a phone number. */
public record ContactPerson(String name, String email, Optional<String> phone) {

    /** What an erased person's name, email and phone read as (personal data erasure). */
    public static final String ERASED = "[erased]";
    static final int MAX_NAME = 120;

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
        Optional<EmailAddress> cleanEmail = FieldValues.read(errors, field(prefix, "email"), () -> EmailAddress.of(email));
        Optional<Optional<PhoneNumber>> cleanPhone = FieldValues.read(errors, field(prefix, "phone"), () -> PhoneNumber.optional(phone));
        return errors.size() == before
                ? Optional.of(new ContactPerson(cleanName, cleanEmail.orElseThrow().value(), cleanPhone.orElseThrow().map(PhoneNumber::value)))
                : Optional.empty();
    }

    /** A contact whose person was erased: every value the marker (the phone absent or the marker). */
    public static Optional<ContactPerson> erased(String name, String email, String phone) {
        boolean erased = ERASED.equals(name) && ERASED.equals(email) && (phone == null || phone.isBlank() || ERASED.equals(phone));
        return erased ? Optional.of(new ContactPerson(ERASED, ERASED, Optional.ofNullable(phone).filter(ERASED::equals))) : Optional.empty();
    }

    private static String field(String prefix, String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }
}
