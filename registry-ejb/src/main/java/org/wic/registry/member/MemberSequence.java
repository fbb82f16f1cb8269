package org.wic.registry.member;

import org.wic.registry.persistence.SequenceBlocks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Moves the member number sequence past numbers taken by imported members; each database says it its own way. */
final class MemberSequence {

    private MemberSequence() {
    }

    static void reserveUpTo(Connection connection, long highest) {
        try {
            if (SequenceBlocks.isPostgres(connection)) {
                try (PreparedStatement setval = connection.prepareStatement(
                        "SELECT setval('member_seq', GREATEST(?, (SELECT last_value FROM member_seq)))")) {
                    setval.setLong(1, highest);
                    setval.executeQuery().close();
                }
            } else {
                long next;
                try (Statement query = connection.createStatement();
                     ResultSet row = query.executeQuery("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME = 'MEMBER_SEQ'")) {
                    row.next();
                    next = row.getLong(1);
                }
                if (next <= highest) {
                    try (Statement restart = connection.createStatement()) {
                        restart.execute("ALTER SEQUENCE member_seq RESTART WITH " + (highest + 1)); // a number, not text: nothing to inject
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the member number sequence past " + highest, e);
        }
    }
}
