package org.wic.registry.dues;

import org.wic.registry.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;

/**
 * The first year's dues of a new member: the annual dues times the whole months left in the year,
 * counting the month of joining, over twelve; rounded to the currency's scale, half-even.
 */
public final class Proration {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private Proration() {
    }

    public static int monthsLeft(LocalDate joinedOn) {
        return Month.DECEMBER.getValue() - joinedOn.getMonthValue() + 1;
    }

    public static Money firstYear(Money annual, LocalDate joinedOn) {
        int scale = annual.value().scale();
        BigDecimal prorated = annual.value().multiply(BigDecimal.valueOf(monthsLeft(joinedOn))).divide(MONTHS, scale, RoundingMode.HALF_EVEN);
        return new Money(prorated, annual.currency());
    }
}
