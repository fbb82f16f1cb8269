package org.wic.registry.dues;

/** How a payment reached the WIC. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CARD,
    OTHER
}
