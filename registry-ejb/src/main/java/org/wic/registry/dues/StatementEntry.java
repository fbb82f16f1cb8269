package org.wic.registry.dues;

import org.wic.registry.money.Money;

import java.time.LocalDate;

/**
 * One line of a member's statement: an invoice (what it owes), a payment (what it paid), a
 * reversal (a payment taken back), a waiver or a voiding (what it no longer owes). {@code amount}
 * is signed: positive raises the balance, negative lowers it.
 */
public record StatementEntry(LocalDate date, Kind kind, InvoiceNumber invoiceNumber, Long paymentId, Money amount, String note) {

    public enum Kind { INVOICE, PAYMENT, REVERSAL, WAIVER, VOIDING }
}
