package org.wic.registry.dues;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.wic.registry.error.ConflictException;
import org.wic.registry.money.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Money received for an invoice. Never deleted: a mistaken payment is reversed, and the reversal offsets it. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", nullable = false, updatable = false)
    private Invoice invoice;

    @Column(name = "amount", nullable = false, updatable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, updatable = false, length = 20)
    private PaymentMethod method;

    @Column(name = "reference", updatable = false, length = 200)
    private String reference;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 120)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "reversed_on")
    private LocalDate reversedOn;

    @Column(name = "reversal_reason", length = 2000)
    private String reversalReason;

    @Column(name = "reversed_by", length = 120)
    private String reversedBy;

    protected Payment() {
        // for JPA
    }

    Payment(Invoice invoice, Money amount, LocalDate receivedOn, PaymentMethod method, Optional<String> reference, String recordedBy, Instant at) {
        this.invoice = invoice;
        this.amount = amount.value();
        this.currency = amount.currency().getCurrencyCode();
        this.receivedOn = receivedOn;
        this.method = method;
        this.reference = reference.orElse(null);
        this.recordedBy = recordedBy;
        this.recordedAt = at;
    }

    /** Offsets this payment; the invoice gives the amount back to its balance. */
    void reverse(String reason, LocalDate on, String by) {
        if (reversed()) {
            throw new ConflictException("Payment " + id + " was reversed on " + reversedOn + " already.");
        }
        reversedOn = on;
        reversalReason = reason;
        reversedBy = by;
    }

    public long id() {
        return id;
    }

    public Invoice invoice() {
        return invoice;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public PaymentMethod method() {
        return method;
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public boolean reversed() {
        return reversedOn != null;
    }

    public Optional<LocalDate> reversedOn() {
        return Optional.ofNullable(reversedOn);
    }

    public Optional<String> reversalReason() {
        return Optional.ofNullable(reversalReason);
    }
}
