package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/** The addressed thing does not exist (or the caller may not learn that it does). */
@ApplicationException(rollback = true)
public final class UnknownEntityException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public UnknownEntityException(String entity, String key) {
        super("No " + entity + " '" + key + "'.", 404, Optional.empty());
    }
}
