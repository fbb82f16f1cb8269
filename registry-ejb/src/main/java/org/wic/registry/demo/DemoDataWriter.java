package org.wic.registry.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.account.AccountService;
import org.wic.registry.application.ApplicationForm;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.dues.InvoiceNumber;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberContactService;
import org.wic.registry.member.MemberPatch;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.money.Money;
import org.wic.registry.notification.Language;
import org.wic.registry.persistence.Versions;
import org.wic.registry.tier.TierService;
import org.wic.registry.time.RegistryCalendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the demo data through the registry's own services, in one transaction: everything is
 * checked, audited and numbered as if the secretariat had entered it ("demo-data" in the audit).
 * Members in good standing get this year's invoice, paid in full, in part or not yet.
 */
@Stateless
public class DemoDataWriter {

    static final Caller SECRETARIAT = new Caller(Caller.Kind.SYSTEM, "demo-data", "demo data", Optional.of(Role.SECRETARIAT), Optional.empty());

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Inject
    private MemberService members;

    @Inject
    private AccountService accounts;

    @Inject
    private MemberContactService contacts;

    @Inject
    private ApplicationService applications;

    @Inject
    private TierService tiers;

    @Inject
    private InvoiceService invoices;

    @Inject
    private RegistryCalendar calendar;

    public boolean databaseIsEmpty() {
        return entityManager.createQuery("SELECT COUNT(m) FROM Member m", Long.class).getSingleResult() == 0
                && entityManager.createQuery("SELECT COUNT(a) FROM Application a", Long.class).getSingleResult() == 0;
    }

    /** Writes it all; answers the usernames of the representatives' accounts, which have this password. */
    public List<String> write(String password) {
        DemoData data = DemoData.generate(calendar.today());
        var representatives = new ArrayList<String>();
        int index = 0;
        for (DemoData.Member demo : data.members()) {
            Member member = admit(demo);
            String number = member.number().toString();
            var patch = new LinkedHashMap<String, Object>();
            demo.displayName().ifPresent(name -> patch.put("displayName", name));
            if (demo.withAddress()) {
                patch.put("address", Map.of("street", DemoData.street(index), "city", demo.city(), "country", demo.countryCode()));
            }
            if (!patch.isEmpty()) {
                members.update(SECRETARIAT, number, Versions.ANY, new MemberPatch(patch));
            }
            demo.secondContact().ifPresent(person -> contacts.add(SECRETARIAT, number, Optional.empty(),
                    new MemberContactService.ContactForm(person.name(), person.title(), person.email(), person.phone().orElse(null), false, true, false)));
            if (demo.status() != MemberStatus.ACTIVE) {
                members.changeStatus(SECRETARIAT, number, Versions.ANY, demo.status(), switch (demo.status()) {
                    case SUSPENDED -> "Dues unpaid for the year (demo).";
                    case WITHDRAWN -> "Left at its own request (demo).";
                    default -> "Membership ended by the Council (demo).";
                });
            }
            invoiceThisYear(member, index);
            if (demo.representative()) {
                String username = "rep-" + number.toLowerCase(Locale.ROOT);
                accounts.openRepresentative(SECRETARIAT, number, username, password);
                representatives.add(username + " (" + number + ")");
            }
            index++;
        }
        data.applications().forEach(this::apply);
        return representatives;
    }

    /** This year's dues, issued today: most paid, some in part, some still open. */
    private void invoiceThisYear(Member member, int index) {
        if (member.status() != MemberStatus.ACTIVE && member.status() != MemberStatus.SUSPENDED) {
            return;
        }
        invoices.issue(SECRETARIAT, member, calendar.today().getYear(), member.tier().dues()).ifPresent(invoice -> {
            Money amount = invoice.amount();
            if (index % 3 == 0) {
                pay(invoice.number(), amount);
            } else if (index % 3 == 1 && amount.value().signum() > 0) {
                pay(invoice.number(), new Money(amount.value().divide(BigDecimal.valueOf(2), RoundingMode.DOWN), amount.currency()));
            }
        });
    }

    private void pay(InvoiceNumber invoiceNumber, Money amount) {
        invoices.pay(SECRETARIAT, invoiceNumber, new InvoiceService.PaymentForm(amount, calendar.today(), "BANK_TRANSFER", "DEMO"));
    }

    private Member admit(DemoData.Member demo) {
        var contact = new ContactPerson(demo.contact().name(), demo.contact().email(), demo.contact().phone());
        var admission = new Member.Admission(demo.legalName(), demo.category(), demo.countryCode(), Optional.of(demo.website()),
                Optional.of(demo.description()), contact, "CN".equals(demo.countryCode()) ? Language.ZH : Language.EN);
        Member member = members.admit(SECRETARIAT, admission, tiers.find(demo.tier()).orElseThrow(), demo.joinedOn());
        members.announce(member);
        contacts.update(SECRETARIAT, member.number().toString(), member.contacts().get(0).id(), Versions.ANY, Map.of("title", demo.contact().title()));
        return member;
    }

    private void apply(DemoData.Application demo) {
        var form = new ApplicationForm(demo.legalName(), demo.category().name(), demo.countryCode(), demo.website(), null, demo.tier(),
                demo.contact().name(), demo.contact().email(), demo.contact().phone().orElse(null),
                "We would like to take part in the conference's work on an open and secure internet (demo).", "CN".equals(demo.countryCode()) ? "zh" : "en");
        long id = applications.submit(Caller.anonymous(), form).application().id();
        switch (demo.state()) {
            case SUBMITTED -> { }
            case WITHDRAWN -> applications.withdraw(SECRETARIAT, id, Optional.of("The applicant asked to withdraw (demo)."));
            default -> {
                applications.startReview(SECRETARIAT, id);
                switch (demo.state()) {
                    case INFORMATION_REQUESTED -> applications.requestInformation(SECRETARIAT, id, "Please describe your activities in more detail (demo).");
                    case APPROVED -> applications.approve(SECRETARIAT, id, demo.tier(), Optional.of("Welcome (demo)."));
                    case REJECTED -> applications.reject(SECRETARIAT, id, "Outside the conference's scope (demo).");
                    default -> { }
                }
            }
        }
    }
}
