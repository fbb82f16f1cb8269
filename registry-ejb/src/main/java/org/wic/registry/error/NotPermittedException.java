package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/** The caller is known but may not do this (a wrong role, another member's data). */
@ApplicationException(rollback = true)
public final class NotPermittedException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message, 403, Optional.empty());
    }
}
