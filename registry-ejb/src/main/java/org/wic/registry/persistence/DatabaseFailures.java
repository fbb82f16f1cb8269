package org.wic.registry.persistence;

import jakarta.resource.spi.ResourceAllocationException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells the database failures that are not faults of ours by the cause chain: an outage (the pool
 * cannot get a connection, or the driver reports SQLState class 08) and a constraint refusing a
 * write (SQLState class 23: a unique key taken by a concurrent request, say).
 */
public final class DatabaseFailures {

    private static final String CONNECTION_EXCEPTION = "08";
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

    private DatabaseFailures() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof ResourceAllocationException || cause instanceof SQLTransientConnectionException
                    || hasSqlState(cause, CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isIntegrityViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (hasSqlState(cause, INTEGRITY_CONSTRAINT_VIOLATION)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSqlState(Throwable cause, String stateClass) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(stateClass);
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
