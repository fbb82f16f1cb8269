package org.wic.registry.dues;

import org.wic.registry.money.Money;

import java.util.List;

/** How far a run is: members covered and done, invoices issued and members skipped as invoiced already, and what it issued per currency. */
public record DuesRunProgress(long total, long done, long issued, long skipped, List<Money> issuedTotals) {
}
