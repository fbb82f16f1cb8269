package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/** An Idempotency-Key sent again with a different request (422, as the IETF Idempotency-Key draft says). */
@ApplicationException(rollback = true)
public final class IdempotencyKeyReusedException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used for a different request; use a new key for a new request.", 422, Optional.of(ProblemType.IDEMPOTENCY_KEY_REUSED));
    }
}
