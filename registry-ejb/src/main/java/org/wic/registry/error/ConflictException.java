package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

/** The request is valid but clashes with the registry's current state (a taken name, the last secretariat account). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
