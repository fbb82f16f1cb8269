package org.wic.registry.dues;

import org.wic.registry.money.Money;

/** An invoice a dues run wrote in bulk: its number, whose it is, for how much. */
public record IssuedInvoice(InvoiceNumber number, long memberId, Money amount) {

    /** A member to invoice, at its tier's dues. */
    record Due(long memberId, Money amount) {
    }

    /** An invoice numbered, not written yet. */
    record Draft(InvoiceNumber number, long memberId, Money amount) {
    }
}
