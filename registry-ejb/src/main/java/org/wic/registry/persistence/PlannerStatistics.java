package org.wic.registry.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Tells PostgreSQL's planner about tables a bulk write has just grown. Until autovacuum gets round
 * to it (a minute or more later), the planner still believes the tables hold what they held before:
 * at 100 000 imported members it read the whole continent to show a page of the directory (176 ms
 * where 0.5 ms do). H2 keeps no such statistics to refresh.
 */
public final class PlannerStatistics {

    private PlannerStatistics() {
    }

    /** Table names are the caller's constants, never input. */
    public static void refresh(Connection connection, String... tables) {
        try {
            if (SequenceBlocks.isPostgres(connection)) {
                try (Statement analyze = connection.createStatement()) {
                    analyze.execute("ANALYZE " + String.join(", ", tables));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot refresh the planner's statistics of " + String.join(", ", tables), e);
        }
    }
}
