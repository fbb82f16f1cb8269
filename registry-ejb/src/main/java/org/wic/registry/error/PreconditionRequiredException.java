package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

/** A write that must name the version it is based on (If-Match) and did not: lost updates are not guessed at. */
@ApplicationException(rollback = true)
public final class PreconditionRequiredException extends RegistryException {

    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String entity) {
        super("Send If-Match with the ETag of the " + entity + " as you last read it (GET answers it), so that nobody's change is overwritten unseen.", 428, Optional.empty());
    }
}
