package org.wic.registry.dues;

import java.util.Set;

/** Where an invoice stands. An open balance remains only while OPEN or PARTIALLY_PAID. */
public enum InvoiceStatus {
    OPEN,
    PARTIALLY_PAID,
    PAID,
    WAIVED,
    VOID;

    /** The statuses with a balance still to pay. */
    public static Set<InvoiceStatus> open() {
        return Set.of(OPEN, PARTIALLY_PAID);
    }

    public boolean isOpen() {
        return open().contains(this);
    }
}
