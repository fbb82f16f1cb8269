package org.wic.registry.personaldata;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.wic.registry.account.Account;
import org.wic.registry.account.AccountService;
import org.wic.registry.application.Application;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.audit.AuditErasure;
import org.wic.registry.audit.AuditEvent;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.contact.EmailAddress;
import org.wic.registry.member.MemberContact;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.NotificationRepository;
import org.wic.registry.member.MemberContactService;
import org.wic.registry.text.TextInput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Finds and erases one person's data, by email: the member contacts, the accounts and the
 * applications that name it, and the audit events about them. Invoices and payments hold no
 * personal data (they name the member) and stay as they are.
 */
@Stateless
public class PersonalDataService {

    /** What erased names, emails and phones read as from then on. */
    public static final String MARKER = ContactPerson.ERASED;
    private static final int MAX_REASON = 2000;

    @Inject
    private MemberContactService contacts;

    @Inject
    private ApplicationService applications;

    @Inject
    private AccountService accounts;

    @Inject
    private NotificationRepository outbox;

    @Inject
    private AuditErasure auditErasure;

    @Inject
    private AuditTrail audit;

    /** Everything held about one person. */
    public record Held(String email, List<MemberContact> contacts, List<Account> accounts, List<Application> applications, List<Notification> notifications,
                       List<AuditEvent> auditEvents) {
    }

    /** What an erasure changed, under the id its audit event has. */
    public record Erased(String erasureId, int contacts, int accounts, int applications, int auditEvents, int notifications) {
    }

    public Held find(Caller caller, String email) {
        caller.require(Role.SECRETARIAT);
        String address = email(email);
        List<MemberContact> heldContacts = contacts.withEmail(caller, address);
        List<Application> heldApplications = applications.withContactEmail(caller, address);
        List<AuditEvent> events = auditErasure.about(records(heldContacts, heldApplications), address);
        return new Held(address, heldContacts, accounts.withEmail(address), heldApplications, outbox.toRecipient(address), events);
    }

    public Erased erase(Caller caller, String email, String reason) {
        caller.require(Role.SECRETARIAT);
        String why = TextInput.required("reason", reason, MAX_REASON);
        Held held = find(caller, email);
        Set<String> values = new HashSet<>(Set.of(held.email()));
        held.contacts().forEach(contact -> {
            values.add(contact.name());
            contact.phone().ifPresent(values::add);
        });
        held.applications().forEach(application -> {
            values.add(application.contact().name());
            application.contact().phone().ifPresent(values::add);
        });
        var scrubbed = new java.util.concurrent.atomic.AtomicInteger(auditErasure.erase(held.auditEvents(), values, MARKER));
        held.contacts().forEach(contact -> contacts.erase(caller, contact, MARKER));
        held.applications().forEach(application -> applications.eraseContact(application, MARKER));
        // an invited representative's username is the address itself: that account goes, with its name in the trail
        held.accounts().stream().filter(account -> account.username().value().equalsIgnoreCase(held.email()))
                .forEach(account -> scrubbed.addAndGet(auditErasure.eraseName(account.username().value(), MARKER)));
        held.accounts().forEach(account -> accounts.erase(account, held.email(), MARKER));
        int notifications = outbox.eraseRecipient(held.email(), MARKER);
        var erased = new Erased(UUID.randomUUID().toString(), held.contacts().size(), held.accounts().size(), held.applications().size(), scrubbed.get(),
                notifications);
        // the erasure's own event names what was erased by record, never by the person's values
        audit.record(caller, "personal-data.erased", "personal-data", erased.erasureId(), Changes.created("reason", why)
                .set("contacts", held.contacts().stream().map(PersonalDataService::reference).toList().toString())
                .set("applications", held.applications().stream().map(application -> String.valueOf(application.id())).toList().toString())
                .set("accounts", held.accounts().stream().map(account -> account.username().value().equalsIgnoreCase(held.email())
                        ? MARKER : account.username().value()).toList().toString())
                .set("auditEventsScrubbed", scrubbed.get()).set("notifications", notifications));
        return erased;
    }

    private static List<AuditErasure.EntityRef> records(List<MemberContact> heldContacts, List<Application> heldApplications) {
        var records = new ArrayList<AuditErasure.EntityRef>();
        heldContacts.forEach(contact -> records.add(new AuditErasure.EntityRef("member-contact", reference(contact))));
        heldApplications.forEach(application -> records.add(new AuditErasure.EntityRef("application", String.valueOf(application.id()))));
        return records;
    }

    private static String reference(MemberContact contact) {
        return contact.member().number() + "/" + contact.id();
    }

    private static String email(String typed) {
        return EmailAddress.of(typed).folded();
    }
}
