package org.wic.registry.money;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MoneyTest {

    @Test
    void keepsTheCurrencysScale() {
        assertThat(Money.of("5000", "USD").valueText()).isEqualTo("5000.00");
        assertThat(Money.of("5000.5", "eur").valueText()).isEqualTo("5000.50");
        assertThat(Money.of("5000", "JPY").valueText()).isEqualTo("5000");
        assertThat(Money.of("1.234", "BHD").valueText()).isEqualTo("1.234");
        assertThat(Money.of("12.00", "USD")).isEqualTo(new Money(new BigDecimal("12"), Currency.getInstance("USD")));
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertInvalid(() -> Money.parse("dues", new Money.MoneyText("10.001", "USD")), "dues.value");
        assertInvalid(() -> Money.parse("dues", new Money.MoneyText("10.5", "JPY")), "dues.value");
        assertThatThrownBy(() -> new Money(new BigDecimal("1.005"), Currency.getInstance("USD"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesEachBadPart() {
        assertInvalid(() -> Money.parse("dues", new Money.MoneyText("ten", "XYZ")), "dues.value", "dues.currency");
        assertInvalid(() -> Money.parse("dues", new Money.MoneyText("1e3x", "USD")), "dues.value");
        assertInvalid(() -> Money.parse("dues", new Money.MoneyText("10", "XAU")), "dues.currency");
        assertInvalid(() -> Money.parse("dues", null), "dues");
    }

    @Test
    void refusesHugeExponentsBeforeBuildingTheNumber() {
        // each would be a number of millions of digits if it were rescaled to the currency's scale first
        assertInvalid(() -> Money.parse("amount", new Money.MoneyText("1e30000000", "USD")), "amount.value");
        assertInvalid(() -> Money.parse("amount", new Money.MoneyText("1e999999999", "USD")), "amount.value");
        assertInvalid(() -> Money.parse("amount", new Money.MoneyText("-9e999999999", "JPY")), "amount.value");
        assertInvalid(() -> Money.parse("amount", new Money.MoneyText("1e-999999999", "USD")), "amount.value");
        assertInvalid(() -> Money.parse("amount", new Money.MoneyText("1".repeat(41), "USD")), "amount.value");
        assertInvalid(() -> Money.parse("amount", new Money.MoneyText("1" + "0".repeat(15), "USD")), "amount.value");
        assertThat(Money.of("999999999999999.99", "USD").valueText()).isEqualTo("999999999999999.99");
        assertThat(Money.of("1e3", "USD").valueText()).isEqualTo("1000.00");
        assertThat(Money.of("0e999999999", "USD").valueText()).isEqualTo("0.00");
    }

    @Test
    void tellsNegativeAmounts() {
        assertThat(Money.of("-1", "USD").isNegative()).isTrue();
        assertThat(Money.of("0", "USD").isNegative()).isFalse();
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String... fields) {
        var e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(fields);
    }
}
