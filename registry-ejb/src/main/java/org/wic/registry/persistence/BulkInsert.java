package org.wic.registry.persistence;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows written in bulk into one table, in the caller's transaction (the connection JPA uses): on
 * PostgreSQL as CSV through the driver's COPY, elsewhere (H2) as one JDBC batch. Rows wait in memory
 * until {@link #flush}: callers flush every few thousand, so the heap holds a chunk, never a file.
 */
public final class BulkInsert {

    /** Rows a caller should hold at most before flushing. */
    public static final int CHUNK = 2_000;

    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final boolean copy;
    private final List<Object[]> rows = new ArrayList<>();

    private BulkInsert(Connection connection, String table, List<String> columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns;
        try {
            this.copy = SequenceBlocks.isPostgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell the database", e);
        }
    }

    /** Table and column names are the caller's constants, never input. */
    public static BulkInsert into(Connection connection, String table, String... columns) {
        return new BulkInsert(connection, table, List.of(columns));
    }

    /** Values in the order of the columns: text, numbers, booleans, dates, timestamps with offset, or null. */
    public BulkInsert row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + " takes " + columns.size() + " values, not " + values.length + ": " + Arrays.toString(values));
        }
        rows.add(values);
        return this;
    }

    public int pending() {
        return rows.size();
    }

    /** Writes the rows held. */
    public void flush() {
        if (rows.isEmpty()) {
            return;
        }
        try {
            if (copy) {
                copy();
            } else {
                batch();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot write " + rows.size() + " rows into " + table, e);
        }
        rows.clear();
    }

    private void copy() throws SQLException, IOException {
        var csv = new StringBuilder(rows.size() * 128);
        // an empty unquoted value is NULL; every other value is quoted, the empty text too
        try (var printer = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
            for (Object[] row : rows) {
                for (Object value : row) {
                    printer.print(value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
                }
                printer.println();
            }
        }
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
                new StringReader(csv.toString()));
    }

    private void batch() throws SQLException {
        String placeholders = String.join(", ", columns.stream().map(column -> "?").toList());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + placeholders + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
