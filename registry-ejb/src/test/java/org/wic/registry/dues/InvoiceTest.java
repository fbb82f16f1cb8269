package org.wic.registry.dues;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.ConflictException;
import org.wic.registry.error.IllegalTransitionException;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.money.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvoiceTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    private final Invoice invoice = new Invoice(new InvoiceNumber("2026-000001"), null, 2026, Money.of("1000.00", "USD"), ISSUED, ISSUED.plusDays(60));

    @Test
    void aNewInvoiceIsOpenForItsWholeAmount() {
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.balance()).isEqualTo(Money.of("1000.00", "USD"));
    }

    @Test
    void paymentsMoveItToPartiallyPaidThenPaid() {
        pay("400.00");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.balance()).isEqualTo(Money.of("600.00", "USD"));

        pay("600.00");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(invoice.balance()).isEqualTo(Money.of("0.00", "USD"));
        assertThatThrownBy(() -> pay("1.00")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void reversalsGiveTheAmountBackToTheBalance() {
        Payment first = pay("400.00");
        Payment second = pay("600.00");

        invoice.reverse(second, "Bounced", ISSUED.plusDays(10), "officer");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(invoice.balance()).isEqualTo(Money.of("600.00", "USD"));

        invoice.reverse(first, "Wrong member", ISSUED.plusDays(11), "officer");
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.OPEN);
        assertThat(invoice.balance()).isEqualTo(Money.of("1000.00", "USD"));
        assertThat(invoice.payments()).hasSize(2).allMatch(Payment::reversed);
        assertThatThrownBy(() -> invoice.reverse(first, "Again", ISSUED.plusDays(12), "officer")).isInstanceOf(ConflictException.class);
    }

    @Test
    void neverMoreThanTheBalanceNorAnotherCurrencyNorNothing() {
        pay("999.99");
        assertThatThrownBy(() -> pay("0.02")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> invoice.pay(Money.of("0.01", "EUR"), ISSUED, PaymentMethod.CARD, Optional.empty(), "o", Instant.EPOCH))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> pay("0.00")).isInstanceOf(InvalidInputException.class);
        assertThat(invoice.balance()).isEqualTo(Money.of("0.01", "USD"));
    }

    @Test
    void waivingForgivesTheRestAndVoidingNeedsNothingPaid() {
        pay("100.00");
        assertThatThrownBy(() -> invoice.voidInvoice("Error", ISSUED)).isInstanceOf(IllegalTransitionException.class);
        invoice.waive("Hardship", ISSUED.plusDays(5));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.WAIVED);
        assertThat(invoice.balance()).isEqualTo(Money.of("0.00", "USD"));
        assertThatThrownBy(() -> pay("1.00")).isInstanceOf(IllegalTransitionException.class);

        var other = new Invoice(new InvoiceNumber("2026-000002"), null, 2026, Money.of("50.00", "USD"), ISSUED, ISSUED.plusDays(60));
        other.voidInvoice("Issued in error", ISSUED);
        assertThat(other.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(other.balance()).isEqualTo(Money.of("0.00", "USD"));
    }

    @Test
    void overdueIsAnOpenBalanceAfterTheDueDate() {
        assertThat(invoice.overdue(invoice.dueOn())).isFalse();
        assertThat(invoice.overdue(invoice.dueOn().plusDays(1))).isTrue();
        pay("1000.00");
        assertThat(invoice.overdue(invoice.dueOn().plusDays(1))).isFalse();
    }

    private Payment pay(String amount) {
        return invoice.pay(Money.of(amount, "USD"), ISSUED.plusDays(1), PaymentMethod.BANK_TRANSFER, Optional.of("ref"), "officer", Instant.EPOCH);
    }
}
