package org.wic.registry.member;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.persistence.Versions;
import org.wic.registry.text.TextInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A member's contacts, for the secretariat and the member's own representatives. A member has
 * exactly one primary contact at all times: making another one primary demotes the old one, and
 * the primary contact can be neither demoted nor removed directly. Every change locks the member
 * and moves its version on, so the member's ETag changes with its contacts.
 */
@Stateless
public class MemberContactService {

    private static final String ENTITY = "member-contact";
    private static final int MAX_TITLE = 120;
    private static final Set<String> FIELDS = Set.of("name", "title", "email", "phone", "primary", "billing", "mailOptOut");

    @Inject
    private MemberService members;

    @Inject
    private MemberRepository repository;

    @Inject
    private AuditTrail audit;

    /** A contact as typed. */
    public record ContactForm(String name, String title, String email, String phone, Boolean primary, Boolean billing, Boolean mailOptOut) {
    }

    public List<MemberContact> list(Caller caller, String number) {
        return members.getPrivate(caller, number).contacts();
    }

    /** Adds a contact; with {@code ifMatch} (optional here: adding changes no one's data), only to the member at that version. */
    public MemberContact add(Caller caller, String number, Optional<String> ifMatch, ContactForm form) {
        Member member = lock(caller, number, ifMatch);
        var errors = new ArrayList<FieldError>();
        Optional<ContactPerson> person = ContactPerson.check("", form.name(), form.email(), form.phone(), errors);
        Optional<String> title = title(errors, form.title());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        MemberContact contact = member.addContact(person.orElseThrow(), title, Boolean.TRUE.equals(form.primary()));
        contact.billing(Boolean.TRUE.equals(form.billing()));
        contact.mailOptOut(Boolean.TRUE.equals(form.mailOptOut()));
        repository.flush(); // its id, for the answer and the audit
        audit.record(caller, "member.contact-added", ENTITY, member.number() + "/" + contact.id(), Changes.created("name", contact.name())
                .set("title", contact.title().orElse(null)).set("email", contact.email()).set("phone", contact.phone().orElse(null))
                .set("primary", contact.primary()).set("billing", contact.billing()).set("mailOptOut", contact.mailOptOut()));
        return contact;
    }

    /**
     * A merge patch of a contact: name, title, email, phone, and {@code "primary": true} to make it
     * the primary contact; at the member's version the caller last read (its contacts are part of it).
     *
     * @throws PreconditionRequiredException without {@code ifMatch}
     * @throws StaleVersionException         when the member changed since that version
     */
    public MemberContact update(Caller caller, String number, long id, String ifMatch, Map<String, Object> patch) {
        Member member = lock(caller, number, Optional.of(ifMatch == null ? "" : ifMatch));
        MemberContact contact = member.contact(id).orElseThrow(() -> unknown(number, id));
        var errors = new ArrayList<FieldError>();
        patch.keySet().stream().filter(field -> !FIELDS.contains(field))
                .forEach(field -> errors.add(new FieldError(field, "is not a field of a contact: name, title, email, phone, primary, billing, mailOptOut")));
        Object primary = patch.get("primary");
        for (String flag : List.of("primary", "billing", "mailOptOut")) {
            if (patch.containsKey(flag) && !(patch.get(flag) instanceof Boolean)) {
                errors.add(new FieldError(flag, "must be true or false"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ContactPerson current = contact.person();
        Optional<ContactPerson> person = ContactPerson.check("",
                patch.containsKey("name") ? text(patch.get("name"), errors, "name") : current.name(),
                patch.containsKey("email") ? text(patch.get("email"), errors, "email") : current.email(),
                patch.containsKey("phone") ? text(patch.get("phone"), errors, "phone") : current.phone().orElse(null), errors);
        Optional<String> title = patch.containsKey("title") ? title(errors, text(patch.get("title"), errors, "title")) : contact.title();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(dropDuplicates(errors));
        }
        Changes changes = Changes.none().field("name", contact.name(), person.orElseThrow().name())
                .field("title", contact.title().orElse(null), title.orElse(null))
                .field("email", contact.email(), person.get().email())
                .field("phone", contact.phone().orElse(null), person.get().phone().orElse(null));
        contact.update(person.get(), title);
        if (patch.get("billing") instanceof Boolean billing) {
            changes.field("billing", contact.billing(), billing);
            contact.billing(billing);
        }
        if (patch.get("mailOptOut") instanceof Boolean optOut) {
            changes.field("mailOptOut", contact.mailOptOut(), optOut);
            contact.mailOptOut(optOut);
        }
        if (Boolean.TRUE.equals(primary) && !contact.primary()) {
            member.makePrimary(contact);
            changes.field("primary", false, true);
        } else if (Boolean.FALSE.equals(primary) && contact.primary()) {
            throw new ConflictException("A member always has one primary contact: make another contact primary instead.");
        }
        if (!changes.isEmpty()) {
            audit.record(caller, "member.contact-updated", ENTITY, member.number() + "/" + id, changes);
        }
        repository.flush(); // the member's new version, for the answer's ETag
        return contact;
    }

    /**
     * @throws PreconditionRequiredException without {@code ifMatch}
     * @throws StaleVersionException         when the member changed since that version
     */
    public Member remove(Caller caller, String number, long id, String ifMatch) {
        Member member = lock(caller, number, Optional.of(ifMatch == null ? "" : ifMatch));
        MemberContact contact = member.contact(id).orElseThrow(() -> unknown(number, id));
        member.removeContact(contact);
        audit.record(caller, "member.contact-removed", ENTITY, member.number() + "/" + id, Changes.none()
                .field("name", contact.name(), null).field("email", contact.email(), null));
        repository.flush(); // the member's new version, for the answer's ETag
        return member;
    }

    /** Every member contact with this email, any case, for a personal data request. */
    public List<MemberContact> withEmail(Caller caller, String email) {
        caller.require(Role.SECRETARIAT);
        return repository.contactsWithEmail(email);
    }

    /**
     * Replaces the contact's name, email and phone with the marker, in the erasure's transaction; its
     * title and role as primary contact stay. The member's version moves on, as for every contact change.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void erase(Caller caller, MemberContact contact, String marker) {
        Member member = lock(caller, contact.member().number().toString(), Optional.empty());
        member.contact(contact.id()).ifPresent(held -> held.update(new ContactPerson(marker, marker, held.phone().map(phone -> marker)), held.title()));
    }

    /**
     * The member, changeable by the caller, locked and read fresh, at the version {@code ifMatch}
     * names if there is one, then with its version moved on: a contact change is a change of the member.
     */
    private Member lock(Caller caller, String number, Optional<String> ifMatch) {
        Member member = repository.lock(members.getPrivate(caller, number));
        MemberAccess.requireEditable(caller, member);
        ifMatch.ifPresent(expected -> Versions.require(expected, member.version(), "member", member.number().toString()));
        return repository.lockForPartChange(member);
    }

    private static Optional<String> title(List<FieldError> errors, String title) {
        Optional<String> text = Optional.ofNullable(title).map(String::strip).filter(t -> !t.isEmpty());
        if (text.filter(t -> t.length() > MAX_TITLE).isPresent()) {
            errors.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
        }
        text.flatMap(TextInput::textProblem).ifPresent(problem -> errors.add(new FieldError("title", problem)));
        return text;
    }

    /** A patched text value: a string, or null to remove it. */
    private static String text(Object value, List<FieldError> errors, String field) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        errors.add(new FieldError(field, "must be text"));
        return null;
    }

    private static List<FieldError> dropDuplicates(List<FieldError> errors) {
        var seen = new LinkedHashMap<String, FieldError>();
        errors.forEach(error -> seen.putIfAbsent(error.field(), error));
        return List.copyOf(seen.values());
    }

    private static UnknownEntityException unknown(String number, long id) {
        return new UnknownEntityException("contact", number + "/" + id);
    }
}
