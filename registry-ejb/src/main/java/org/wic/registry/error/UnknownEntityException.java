package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

/** The addressed thing does not exist (or the caller may not learn that it does). */
@ApplicationException(rollback = true)
public class UnknownEntityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownEntityException(String entity, String key) {
        super("No " + entity + " '" + key + "'.");
    }
}
