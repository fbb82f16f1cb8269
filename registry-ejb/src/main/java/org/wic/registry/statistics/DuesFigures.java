package org.wic.registry.statistics;

import org.wic.registry.money.Money;

/** A year's dues in one currency: issued (not void), collected (payments not reversed), outstanding, and overdue of that. */
public record DuesFigures(Money issued, Money collected, Money outstanding, Money overdue) {
}
