package org.wic.registry.dues;

import jakarta.ejb.ApplicationException;

/** The run is no longer this worker's to work off: another took it over, or it was stopped. */
@ApplicationException(rollback = true)
class LeaseLostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LeaseLostException(long runId) {
        super("dues run " + runId + " is no longer this worker's");
    }
}
