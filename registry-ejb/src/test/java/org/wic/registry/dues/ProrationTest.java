package org.wic.registry.dues;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wic.registry.money.Money;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ProrationTest {

    @ParameterizedTest(name = "joining in month {0}: {1} months, {2} of 10000.00 USD")
    @CsvSource({"1, 12, 10000.00", "2, 11, 9166.67", "3, 10, 8333.33", "4, 9, 7500.00", "5, 8, 6666.67", "6, 7, 5833.33",
            "7, 6, 5000.00", "8, 5, 4166.67", "9, 4, 3333.33", "10, 3, 2500.00", "11, 2, 1666.67", "12, 1, 833.33"})
    void wholeMonthsLeftIncludingTheMonthOfJoining(int month, int monthsLeft, String expected) {
        LocalDate joined = LocalDate.of(2026, month, month == 2 ? 28 : 30);
        assertThat(Proration.monthsLeft(joined)).isEqualTo(monthsLeft);
        assertThat(Proration.firstYear(Money.of("10000.00", "USD"), joined)).isEqualTo(Money.of(expected, "USD"));
    }

    @ParameterizedTest(name = "{0} {1} from month {2}: {3}")
    @CsvSource({
            "200.00, USD, 12, 16.67",   // 16.666… up
            "30.00, USD, 11, 5.00",
            "1.50, EUR, 12, 0.12",      // 0.125: half-even keeps the even 2
            "4.50, EUR, 12, 0.38",      // 0.375: half-even goes to the even 8
            "100000, JPY, 8, 41667",    // no decimals in yen: 41666.67 → 41667
            "1.000, BHD, 12, 0.083"})   // three decimals in dinar
    void roundedToTheCurrencysScaleHalfEven(String annual, String currency, int month, String expected) {
        assertThat(Proration.firstYear(Money.of(annual, currency), LocalDate.of(2026, month, 1))).isEqualTo(Money.of(expected, currency));
    }
}
