package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/** A feature this installation has not been set up for (a missing setting): the operator, not the caller, can fix it. */
@ApplicationException(rollback = true)
public final class NotConfiguredException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public NotConfiguredException(String message) {
        super(message, 503, Optional.empty());
    }
}
