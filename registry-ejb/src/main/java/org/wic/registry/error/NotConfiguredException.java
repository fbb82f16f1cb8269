package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

/** A feature this installation has not been set up for (a missing setting): the operator, not the caller, can fix it. */
@ApplicationException(rollback = true)
public class NotConfiguredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotConfiguredException(String message) {
        super(message);
    }
}
