package org.wic.registry.api.problem;

import jakarta.resource.spi.ResourceAllocationException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database outage from a fault of ours: the connection pool could not allocate a
 * connection (Jakarta Connectors' ResourceAllocationException), or the driver reports a
 * connection exception (SQLState class 08).
 */
final class DatabaseOutage {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseOutage() {
    }

    static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ResourceAllocationException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
