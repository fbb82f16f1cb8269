package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/** A write based on a version of a record that is not the current one (If-Match with a stale ETag). */
@ApplicationException(rollback = true)
public final class StaleVersionException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String entity, String id) {
        super("The " + entity + " " + id + " has changed since you read it: read it again (GET gives the current ETag), "
                + "then send your change with that ETag in If-Match.", 412, Optional.empty());
    }
}
