package org.wic.registry.dues;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.audit.AuditTrail;
import org.wic.registry.audit.Changes;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.error.UnknownEntityException;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberAccess;
import org.wic.registry.member.MemberNumber;
import org.wic.registry.member.MemberRepository;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.money.Money;
import org.wic.registry.notification.MessageValues;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.Notifications;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;
import org.wic.registry.persistence.Versions;
import org.wic.registry.text.TextInput;
import org.wic.registry.time.RegistryCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Invoices and payments. Issuing locks the year's invoice counter, then the member; paying,
 * reversing, waiving and voiding lock the invoice. A payment that clears the balance of a member
 * suspended for arrears reinstates it in the same transaction.
 */
@Stateless
public class InvoiceService {

    public static final String CURSOR_SCOPE = InvoiceRepository.CURSOR_SCOPE;
    public static final int CURSOR_PARTS = 1;
    /** The reason an arrears suspension records, and what tells it from any other suspension. */
    public static final String ARREARS = "ARREARS";
    private static final String ENTITY = "invoice";
    private static final int MAX_TEXT = 2000;
    private static final int MAX_REFERENCE = 200;

    /** Where a member's representatives find their invoices. */
    static final String PORTAL_INVOICES = "/console/portal/invoices";

    @Inject
    private InvoiceRepository repository;

    @Inject
    private MemberRepository memberRepository;

    @Inject
    private InvoiceNumbers numbers;

    @Inject
    private MemberService members;

    @Inject
    private AuditTrail audit;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private Clock clock;

    @Inject
    private Notifications notifications;

    @Inject
    @ConfigProperty(name = "registry.due-days", defaultValue = "60")
    private int dueDays;

    /** A payment as typed. */
    public record PaymentForm(Money amount, LocalDate receivedOn, String method, String reference) {
    }

    /**
     * Issues the member's invoice for the year at this amount, unless it has one: answers the new
     * invoice, or empty. Locks the year's counter, then the member, in the caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Invoice> issue(Caller caller, Member member, int year, Money amount) {
        InvoiceCounter counter = numbers.lock(year);
        memberRepository.lockAll(List.of(member));
        if (repository.hasInvoiceFor(member, year)) {
            return Optional.empty();
        }
        LocalDate today = calendar.today();
        var invoice = new Invoice(counter.next(), member, year, amount, today, today.plusDays(dueDays));
        repository.add(invoice);
        audit.record(caller, "invoice.issued", ENTITY, invoice.number().value(), Changes.created("memberNumber", member.number())
                .set("year", year).set("amount", amount).set("dueOn", invoice.dueOn()));
        notifications.queue(NotificationKind.INVOICE_ISSUED, member.recipients(NotificationKind.INVOICE_ISSUED),
                issuedValues(invoice.number(), member.number(), member.legalName(), amount, today, invoice.dueOn(), year),
                Notification.Subject.member(member.number().toString()), Optional.of(InvoiceDocuments.invoiceReference(invoice.number())));
        return Optional.of(invoice);
    }

    /**
     * Issues the year's invoice, at their tier's dues, to those of these members that have none (a
     * dues run's chunk): a block of numbers from the year's counter, the invoices and their audit
     * events each written as one batch, in the caller's transaction. The counter's lock keeps every
     * other issuer of the year out meanwhile, so "has none" stays true until the commit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<IssuedInvoice> issueAll(Caller caller, List<Long> memberIds, int year) {
        InvoiceCounter counter = numbers.lock(year);
        List<IssuedInvoice.Due> dues = repository.duesWithoutInvoice(memberIds, year);
        if (dues.isEmpty()) {
            return List.of();
        }
        long first = counter.take(dues.size());
        var drafts = new ArrayList<IssuedInvoice.Draft>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            drafts.add(new IssuedInvoice.Draft(InvoiceNumber.of(year, first + i), dues.get(i).memberId(), dues.get(i).amount()));
        }
        LocalDate today = calendar.today();
        LocalDate dueOn = today.plusDays(dueDays);
        List<IssuedInvoice> issued = repository.addAll(drafts, year, today, dueOn);
        var changes = new LinkedHashMap<String, Changes>();
        issued.forEach(invoice -> changes.put(invoice.number().value(), Changes.created("memberNumber", new MemberNumber(invoice.memberId()))
                .set("year", year).set("amount", invoice.amount()).set("dueOn", dueOn)));
        audit.recordAll(caller, "invoice.issued", ENTITY, changes);
        Map<Long, List<MemberRepository.MailContact>> recipients = memberRepository.mailContacts(issued.stream().map(IssuedInvoice::memberId).toList(),
                NotificationKind.INVOICE_ISSUED);
        var queued = new ArrayList<Notifications.Queued>();
        for (IssuedInvoice invoice : issued) {
            for (MemberRepository.MailContact contact : recipients.getOrDefault(invoice.memberId(), List.of())) {
                MemberNumber member = new MemberNumber(invoice.memberId());
                queued.add(new Notifications.Queued(NotificationKind.INVOICE_ISSUED, contact.recipient(),
                        issuedValues(invoice.number(), member, contact.legalName(), invoice.amount(), today, dueOn, year),
                        Notification.Subject.member(member.toString()), Optional.of(InvoiceDocuments.invoiceReference(invoice.number()))));
            }
        }
        notifications.queueAll(queued);
        return issued;
    }

    /** The first invoice of a member admitted today: prorated by the months left in the year. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Invoice> issueFirst(Caller caller, Member member) {
        return issue(caller, member, member.joinedOn().getYear(), Proration.firstYear(member.tier().dues(), member.joinedOn()));
    }

    /** For the secretariat and the member's own representatives; for anyone else it does not exist. */
    public Invoice get(Caller caller, InvoiceNumber number) {
        Invoice invoice = repository.find(number).orElseThrow(() -> unknown(number));
        if (!MemberAccess.canSeePrivate(caller, invoice.member())) {
            throw unknown(number);
        }
        return invoice;
    }

    public Page<Invoice> search(Caller caller, InvoiceQuery query, PageRequest page) {
        caller.require(Role.SECRETARIAT);
        return repository.search(query, calendar.today(), page);
    }

    public Payment pay(Caller caller, InvoiceNumber number, PaymentForm form) {
        caller.require(Role.SECRETARIAT);
        Invoice invoice = lock(number);
        PaymentMethod method = parseMethod(form.method());
        if (form.receivedOn() == null || form.receivedOn().isAfter(calendar.today())) {
            throw new InvalidInputException("receivedOn", "is required: the date the money arrived, not in the future");
        }
        Optional<String> reference = TextInput.optional("reference", form.reference(), MAX_REFERENCE);
        InvoiceStatus before = invoice.status();
        Payment payment = invoice.pay(form.amount(), form.receivedOn(), method, reference, caller.id(), clock.instant());
        repository.flush(); // its id
        audit.record(caller, "invoice.payment-recorded", ENTITY, invoice.number().value(), Changes.none().set("payment", payment.id())
                .set("amount", form.amount()).set("receivedOn", form.receivedOn()).field("status", before, invoice.status()));
        Member member = invoice.member();
        notifications.queue(NotificationKind.PAYMENT_RECEIVED, member.recipients(NotificationKind.PAYMENT_RECEIVED),
                MessageValues.of("invoiceNumber", invoice.number()).with("memberNumber", member.number()).with("legalName", member.legalName())
                        .with("amount", form.amount()).with("receivedOn", form.receivedOn()).with("balance", invoice.balance())
                        .with("linkPath", PORTAL_INVOICES),
                Notification.Subject.member(member.number().toString()), Optional.of(InvoiceDocuments.receiptReference(payment.id())));
        reinstateIfArrearsCleared(caller, invoice.member());
        return payment;
    }

    public Payment payment(Caller caller, long id) {
        caller.require(Role.SECRETARIAT);
        return repository.payment(id).orElseThrow(() -> new UnknownEntityException("payment", String.valueOf(id)));
    }

    public Payment reverse(Caller caller, long paymentId, String reason) {
        caller.require(Role.SECRETARIAT);
        String why = TextInput.required("reason", reason, MAX_TEXT);
        Payment payment = payment(caller, paymentId);
        Invoice invoice = lock(payment.invoice().number());
        InvoiceStatus before = invoice.status();
        invoice.reverse(payment, why, calendar.today(), caller.id());
        audit.record(caller, "invoice.payment-reversed", ENTITY, invoice.number().value(), Changes.none().set("payment", paymentId)
                .set("amount", payment.amount()).set("reason", why).field("status", before, invoice.status()));
        return payment;
    }

    public Invoice waive(Caller caller, InvoiceNumber number, String reason) {
        caller.require(Role.SECRETARIAT);
        String why = TextInput.required("reason", reason, MAX_TEXT);
        Invoice invoice = lock(number);
        InvoiceStatus before = invoice.status();
        Money forgiven = invoice.balance();
        invoice.waive(why, calendar.today());
        audit.record(caller, "invoice.waived", ENTITY, number.value(), Changes.none().field("status", before, invoice.status())
                .set("waived", forgiven).set("reason", why));
        reinstateIfArrearsCleared(caller, invoice.member());
        return invoice;
    }

    public Invoice voidInvoice(Caller caller, InvoiceNumber number, String reason) {
        caller.require(Role.SECRETARIAT);
        String why = TextInput.required("reason", reason, MAX_TEXT);
        Invoice invoice = lock(number);
        InvoiceStatus before = invoice.status();
        invoice.voidInvoice(why, calendar.today());
        audit.record(caller, "invoice.voided", ENTITY, number.value(), Changes.none().field("status", before, invoice.status()).set("reason", why));
        reinstateIfArrearsCleared(caller, invoice.member());
        return invoice;
    }

    /** A member's invoices, oldest first: for the secretariat and the member's own representatives. */
    public List<Invoice> ofMember(Caller caller, String memberNumber) {
        return repository.ofMember(members.getPrivate(caller, memberNumber));
    }

    /** A member's statement: its invoices, payments, reversals, waivers and voidings by date, and the balance per currency. */
    public Statement statement(Caller caller, String memberNumber) {
        Member member = members.getPrivate(caller, memberNumber);
        var entries = new ArrayList<StatementEntry>();
        Map<String, Money> balances = new TreeMap<>();
        for (Invoice invoice : repository.ofMember(member)) {
            entries.add(new StatementEntry(invoice.issuedOn(), StatementEntry.Kind.INVOICE, invoice.number(), null, invoice.amount(),
                    "Dues " + invoice.year()));
            for (Payment payment : invoice.payments()) {
                entries.add(new StatementEntry(payment.receivedOn(), StatementEntry.Kind.PAYMENT, invoice.number(), payment.id(),
                        negate(payment.amount()), payment.method().name() + payment.reference().map(ref -> " " + ref).orElse("")));
                payment.reversedOn().ifPresent(on -> entries.add(new StatementEntry(on, StatementEntry.Kind.REVERSAL, invoice.number(), payment.id(),
                        payment.amount(), payment.reversalReason().orElse(""))));
            }
            if (invoice.status() == InvoiceStatus.WAIVED || invoice.status() == InvoiceStatus.VOID) {
                Money closed = new Money(invoice.amount().value().subtract(invoice.paid().value()), invoice.amount().currency());
                entries.add(new StatementEntry(invoice.closedOn().orElseThrow(), invoice.status() == InvoiceStatus.WAIVED
                        ? StatementEntry.Kind.WAIVER : StatementEntry.Kind.VOIDING, invoice.number(), null, negate(closed),
                        invoice.closeReason().orElse("")));
            }
            balances.merge(invoice.balance().currency().getCurrencyCode(), invoice.balance(),
                    (a, b) -> new Money(a.value().add(b.value()), a.currency()));
        }
        entries.sort(Comparator.comparing(StatementEntry::date).thenComparing(entry -> entry.kind().ordinal()));
        return new Statement(member, entries, List.copyOf(balances.values()));
    }

    /** A statement: every entry in date order, and what the member owes per currency. */
    public record Statement(Member member, List<StatementEntry> entries, List<Money> balances) {
    }

    /** Open balance over all of the member's invoices, per currency, summed in the database. */
    public boolean owesNothing(Member member) {
        return repository.openBalance(member).signum() == 0;
    }

    private static MessageValues issuedValues(InvoiceNumber number, MemberNumber member, String legalName, Money amount, LocalDate issuedOn,
                                              LocalDate dueOn, int year) {
        return MessageValues.of("invoiceNumber", number).with("memberNumber", member).with("legalName", legalName).with("amount", amount)
                .with("issuedOn", issuedOn).with("dueOn", dueOn).with("year", year).with("linkPath", PORTAL_INVOICES);
    }

    private void reinstateIfArrearsCleared(Caller caller, Member member) {
        if (member.status() == MemberStatus.SUSPENDED && members.suspendedFor(member, ARREARS) && owesNothing(member)) {
            members.changeStatus(caller, member.number().toString(), Versions.ANY, MemberStatus.ACTIVE, ARREARS + " cleared: the balance is paid");
        }
    }

    /** The invoice, read afresh under a row lock: payments and reversals of it queue. */
    private Invoice lock(InvoiceNumber number) {
        return repository.lock(number).orElseThrow(() -> unknown(number));
    }

    private static PaymentMethod parseMethod(String method) {
        try {
            return PaymentMethod.valueOf(method == null ? "" : method.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("method", "must be BANK_TRANSFER, CARD or OTHER");
        }
    }

    private static Money negate(Money money) {
        return new Money(money.value().negate(), money.currency());
    }

    private static UnknownEntityException unknown(InvoiceNumber number) {
        return new UnknownEntityException(ENTITY, String.valueOf(number));
    }
}
