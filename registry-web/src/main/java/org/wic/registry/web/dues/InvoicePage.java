package org.wic.registry.web.dues;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.dues.Invoice;
import org.wic.registry.dues.InvoiceNumber;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.dues.PaymentMethod;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.money.Money;
import org.wic.registry.time.RegistryCalendar;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.security.SignedInCaller;
import org.wic.registry.web.support.NotFound;
import org.wic.registry.web.support.Outcomes;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** One invoice: its payments; record a payment, reverse one with a reason, waive or void the invoice with a reason. */
@Named
@ViewScoped
public class InvoicePage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PAYMENT_FIELDS = Map.of("amount", "payment:amount", "amount.value", "payment:amount",
            "receivedOn", "payment:receivedOn", "method", "payment:method", "reference", "payment:reference");

    @Inject
    private InvoiceService invoices;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private SignedInCaller signedIn;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    private String number;
    private transient Invoice invoice;
    private BigDecimal amount;
    private LocalDate receivedOn;
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
    private String reference;
    private String reason;

    public void load() {
        Optional<InvoiceNumber> parsed = parse();
        NotFound.unless(parsed.isPresent(), () -> {
            invoice = invoices.get(signedIn.current(), parsed.get());
            receivedOn = calendar.today();
        });
    }

    private Optional<InvoiceNumber> parse() {
        try {
            return Optional.ofNullable(number).flatMap(InvoiceNumber::parse);
        } catch (InvalidInputException notANumber) {
            return Optional.empty();
        }
    }

    public Invoice getInvoice() {
        if (invoice == null && number != null) {
            invoice = invoices.get(signedIn.current(), InvoiceNumber.parse(number).orElseThrow());
        }
        return invoice;
    }

    public void pay() {
        Invoice current = getInvoice();
        String currency = current.amount().currency().getCurrencyCode();
        boolean paid = outcomes.attempt(() -> invoices.pay(signedIn.current(), current.number(), new InvoiceService.PaymentForm(
                Money.parse("amount", new Money.MoneyText(amount == null ? null : amount.toPlainString(), currency)), receivedOn, method == null ? null : method.name(), reference)),
                PAYMENT_FIELDS).isPresent();
        reload();
        if (paid) {
            messages.info("dues.paymentRecorded");
            amount = null;
            reference = null;
        }
    }

    public void reverse(long paymentId) {
        if (outcomes.attempt(() -> invoices.reverse(signedIn.current(), paymentId, reason), Map.of("reason", "changes:reason")).isPresent()) {
            messages.info("dues.paymentReversed");
            reason = null;
        }
        reload();
    }

    public void waive() {
        if (outcomes.attempt(() -> invoices.waive(signedIn.current(), getInvoice().number(), reason), Map.of("reason", "changes:reason")).isPresent()) {
            messages.info("dues.waived");
            reason = null;
        }
        reload();
    }

    public void voidInvoice() {
        if (outcomes.attempt(() -> invoices.voidInvoice(signedIn.current(), getInvoice().number(), reason), Map.of("reason", "changes:reason"))
                .isPresent()) {
            messages.info("dues.voided");
            reason = null;
        }
        reload();
    }

    private void reload() {
        invoice = invoices.get(signedIn.current(), InvoiceNumber.parse(number).orElseThrow());
    }

    public boolean isOverdue() {
        return getInvoice().overdue(calendar.today());
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public void setReceivedOn(LocalDate receivedOn) { this.receivedOn = receivedOn; }
    public PaymentMethod getMethod() { return method; }
    public void setMethod(PaymentMethod method) { this.method = method; }
    public PaymentMethod[] getMethods() { return PaymentMethod.values(); }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
