package org.wic.registry.idempotency;

import jakarta.ejb.ApplicationException;

/** An Idempotency-Key sent again with a different request (422, as the IETF Idempotency-Key draft says). */
@ApplicationException(rollback = true)
public class IdempotencyKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used for a different request; use a new key for a new request.");
    }
}
