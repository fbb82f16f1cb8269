package org.wic.registry.dues;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.IllegalTransitionException;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.member.Member;
import org.wic.registry.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A member's dues for one year: issued at an amount that never changes, then paid (in parts),
 * waived or voided. The balance is the amount less what payments settled; overdue is derived: a
 * balance after the due date.
 */
@Entity
@Table(name = "invoice")
@NamedQuery(name = Invoice.BY_NUMBER, query = "SELECT i FROM Invoice i WHERE i.number = :number")
@NamedQuery(name = Invoice.OF_MEMBER_AND_YEAR, query = "SELECT i FROM Invoice i WHERE i.member = :member AND i.year = :year")
@NamedQuery(name = Invoice.OF_MEMBER, query = "SELECT i FROM Invoice i WHERE i.member = :member ORDER BY i.issuedOn, i.id")
public class Invoice {

    static final String BY_NUMBER = "Invoice.byNumber";
    static final String OF_MEMBER_AND_YEAR = "Invoice.ofMemberAndYear";
    static final String OF_MEMBER = "Invoice.ofMember";

    @Id
    @SequenceGenerator(name = "invoice_seq", sequenceName = "invoice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_seq")
    private Long id;

    @Column(name = "number", nullable = false, updatable = false, length = 20)
    private InvoiceNumber number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @Column(name = "dues_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "paid", nullable = false, precision = 19, scale = 4)
    private BigDecimal paid;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InvoiceStatus status;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "close_reason", length = 2000)
    private String closeReason;

    @OneToMany(mappedBy = "invoice", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Payment> payments = new ArrayList<>();

    /** The day the payment reminder went out, once. */
    @Column(name = "reminder_sent_on")
    private LocalDate reminderSentOn;

    /** The day the final notice before suspension went out, once. */
    @Column(name = "final_notice_sent_on")
    private LocalDate finalNoticeSentOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Invoice() {
        // for JPA
    }

    Invoice(InvoiceNumber number, Member member, int year, Money amount, LocalDate issuedOn, LocalDate dueOn) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an invoice is for a positive amount: " + amount);
        }
        this.number = number;
        this.member = member;
        this.year = year;
        this.amount = amount.value();
        this.currency = amount.currency().getCurrencyCode();
        this.paid = BigDecimal.ZERO.setScale(amount.value().scale());
        this.issuedOn = issuedOn;
        this.dueOn = dueOn;
        this.status = amount.value().signum() == 0 ? InvoiceStatus.PAID : InvoiceStatus.OPEN;
    }

    /**
     * Records a payment: same currency, positive, at most the balance.
     *
     * @throws IllegalTransitionException unless the invoice is open
     * @throws InvalidInputException      for another currency or an amount that is not positive
     * @throws ConflictException          for more than the balance
     */
    Payment pay(Money money, LocalDate receivedOn, PaymentMethod method, Optional<String> reference, String recordedBy, Instant at) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException("invoice", status.name(), "a payment", List.of());
        }
        if (!money.currency().getCurrencyCode().equals(currency)) {
            throw new InvalidInputException("amount.currency", "must be the invoice's currency, " + currency);
        }
        if (money.value().signum() <= 0) {
            throw new InvalidInputException("amount.value", "must be more than zero");
        }
        if (money.value().compareTo(balance().value()) > 0) {
            throw new ConflictException("The payment of " + money + " is more than the open balance of " + number + ", " + balance() + ".");
        }
        var payment = new Payment(this, money, receivedOn, method, reference, recordedBy, at);
        payments.add(payment);
        paid = paid.add(money.value());
        status = paid.compareTo(amount) == 0 ? InvoiceStatus.PAID : InvoiceStatus.PARTIALLY_PAID;
        return payment;
    }

    /** Reverses one of its payments: the amount is owed again (unless the invoice was waived). */
    void reverse(Payment payment, String reason, LocalDate on, String by) {
        payment.reverse(reason, on, by);
        paid = paid.subtract(payment.amount().value());
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.PARTIALLY_PAID) {
            status = paid.signum() == 0 ? InvoiceStatus.OPEN : InvoiceStatus.PARTIALLY_PAID;
        }
    }

    /** The rest of the balance is forgiven. */
    void waive(String reason, LocalDate on) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException("invoice", status.name(), "waive", List.of());
        }
        close(InvoiceStatus.WAIVED, reason, on);
    }

    /** Cancelled as issued in error: only while nothing is paid on it. */
    void voidInvoice(String reason, LocalDate on) {
        if (status != InvoiceStatus.OPEN) {
            throw new IllegalTransitionException("invoice", status.name(), "void", status.isOpen() ? List.of("waive") : List.of());
        }
        close(InvoiceStatus.VOID, reason, on);
    }

    private void close(InvoiceStatus closedAs, String reason, LocalDate on) {
        status = closedAs;
        closeReason = reason;
        closedOn = on;
    }

    public long id() {
        return id;
    }

    public InvoiceNumber number() {
        return number;
    }

    public Member member() {
        return member;
    }

    public int year() {
        return year;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    /** What is still to pay: nothing once paid, waived or void. */
    public Money balance() {
        BigDecimal open = status.isOpen() ? amount.subtract(paid) : BigDecimal.ZERO;
        return new Money(open, Currency.getInstance(currency));
    }

    /** What payments settled, less reversals. */
    public Money paid() {
        return new Money(paid, Currency.getInstance(currency));
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public InvoiceStatus status() {
        return status;
    }

    public boolean overdue(LocalDate today) {
        return status.isOpen() && today.isAfter(dueOn);
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public Optional<String> closeReason() {
        return Optional.ofNullable(closeReason);
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }
}
