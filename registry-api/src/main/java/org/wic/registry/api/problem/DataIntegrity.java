package org.wic.registry.api.problem;

import java.sql.SQLException;

/**
 * Tells a database constraint refusing a write (SQLState class 23: a unique key taken by a
 * concurrent request, say) from a fault of ours. The services check first; this is what a race
 * between two requests that both passed the check ends in.
 */
final class DataIntegrity {

    private static final String INTEGRITY_CONSTRAINT_VIOLATION_CLASS = "23";

    private DataIntegrity() {
    }

    static boolean violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_CONSTRAINT_VIOLATION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
