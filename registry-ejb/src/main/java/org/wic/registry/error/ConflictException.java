package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/** The request is valid but clashes with the registry's current state (a taken name, the last secretariat account). */
@ApplicationException(rollback = true)
public final class ConflictException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message, 409, Optional.of(ProblemType.CONFLICT));
    }
}
