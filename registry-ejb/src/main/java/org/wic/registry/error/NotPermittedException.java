package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

/** The caller is known but may not do this (a wrong role, another member's data). */
@ApplicationException(rollback = true)
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String message) {
        super(message);
    }
}
