package org.wic.registry.exchange;

import jakarta.ejb.ApplicationException;

/** The import is not this worker's (any more): another took it over, or it has ended. Its transaction rolls back. */
@ApplicationException(rollback = true)
class ImportLostException extends RuntimeException {

    ImportLostException(long id) {
        super("members import " + id + " is not this worker's");
    }
}
