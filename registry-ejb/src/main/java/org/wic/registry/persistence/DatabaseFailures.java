package org.wic.registry.persistence;

import jakarta.resource.spi.ResourceAllocationException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * Tells the database failures that are not faults of ours by the cause chain: an outage (the pool
 * cannot get a connection, or the driver reports SQLState class 08) and a constraint refusing a
 * write (SQLState class 23: a unique key taken by a concurrent request, say), and a value the
 * database refuses (class 22).
 */
public final class DatabaseFailures {

    private static final String CONNECTION_EXCEPTION = "08";
    private static final String DATA_EXCEPTION = "22";
    private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";
    /** Too many connections, out of memory or disk (53), shut down or terminated by an operator (57). */
    private static final List<String> SERVER_UNAVAILABLE = List.of("53", "57");

    private DatabaseFailures() {
    }

    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof ResourceAllocationException || cause instanceof SQLTransientConnectionException
                    || hasSqlState(cause, CONNECTION_EXCEPTION) || serverUnavailable(cause)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isIntegrityViolation(Throwable failure) {
        return hasSqlStateInChain(failure, INTEGRITY_CONSTRAINT_VIOLATION);
    }

    /** A value the database refuses: too long for its column, out of range, a character it cannot store. */
    public static boolean isDataError(Throwable failure) {
        return hasSqlStateInChain(failure, DATA_EXCEPTION);
    }

    private static boolean hasSqlStateInChain(Throwable failure, String stateClass) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (hasSqlState(cause, stateClass)) {
                return true;
            }
        }
        return false;
    }

    private static boolean serverUnavailable(Throwable cause) {
        return SERVER_UNAVAILABLE.stream().anyMatch(state -> hasSqlState(cause, state));
    }

    private static boolean hasSqlState(Throwable cause, String stateClass) {
        return cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(stateClass);
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
