package org.wic.registry.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Ids for rows written in bulk, from the same sequences JPA uses and the way it uses them: each
 * value a sequence hands out stands for the {@value #ALLOCATION} ids up to it (the entities'
 * {@code allocationSize}), so ids taken here and ids JPA takes never meet.
 */
public final class SequenceBlocks {

    /** Every sequence but member_seq steps by this (Liquibase's incrementBy, the entities' allocationSize). */
    public static final int ALLOCATION = 50;

    private SequenceBlocks() {
    }

    /** {@code count} new ids of this sequence, ascending, JPA's way: each value stands for the {@code allocation} ids up to it. */
    public static long[] take(Connection connection, String sequence, int count, int allocation) {
        if (!sequence.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + sequence);
        }
        long[] ids = new long[count];
        if (count == 0) {
            return ids;
        }
        int blocks = (count + allocation - 1) / allocation;
        try (PreparedStatement next = connection.prepareStatement(isPostgres(connection)
                ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)")) {
            next.setInt(1, blocks);
            int taken = 0;
            try (ResultSet values = next.executeQuery()) {
                while (values.next() && taken < count) {
                    long last = values.getLong(1);
                    for (long id = last - allocation + 1; id <= last && taken < count; id++) {
                        ids[taken++] = id;
                    }
                }
            }
            if (taken < count) {
                throw new IllegalStateException(sequence + " handed out fewer values than asked for");
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take " + count + " ids from " + sequence, e);
        }
    }

    /** {@code count} new ids of a sequence that steps by {@link #ALLOCATION}. */
    public static long[] take(Connection connection, String sequence, int count) {
        return take(connection, sequence, count, ALLOCATION);
    }

    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
