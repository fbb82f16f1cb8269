package org.wic.registry.webhook;

/** Where a delivery stands: waiting for its (next) attempt, delivered (a 2xx answer), or given up after the last attempt. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
