package org.wic.registry.bench;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The benchmark's PostgreSQL database: made fresh for each run, and the floors each figure is held
 * against, done by the database alone on the same data (COPY, one INSERT ... SELECT, the raw GROUP BY
 * queries). Floors write into tables of their own, which they drop again.
 */
final class BenchDatabase {

    /** The five counts behind the membership statistics, as plain SQL. */
    static final List<String> MEMBERSHIP_GROUP_BYS = List.of(
            "SELECT c.continent_code, COUNT(*) FROM member m JOIN country c ON c.alpha2 = m.country_code WHERE m.status = 'ACTIVE' GROUP BY c.continent_code",
            "SELECT country_code, COUNT(*) FROM member WHERE status = 'ACTIVE' GROUP BY country_code",
            "SELECT category, COUNT(*) FROM member WHERE status = 'ACTIVE' GROUP BY category",
            "SELECT tier_code, COUNT(*) FROM member WHERE status = 'ACTIVE' GROUP BY tier_code",
            "SELECT status, COUNT(*) FROM member GROUP BY status");

    private final String url;

    BenchDatabase(String url) {
        this.url = url;
    }

    /** Drops the benchmark's database if it is there and creates it empty; refuses any other database. */
    void recreate() throws SQLException {
        String name = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        if (!name.startsWith("registry_bench")) {
            throw new IllegalArgumentException("the benchmark drops its database first, so its name must start with registry_bench: " + url);
        }
        try (Connection admin = DriverManager.getConnection(url.replace("/" + name, "/postgres"), "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        }
    }

    /** Seconds to COPY the file into a table of text columns, its header's. */
    double copySeconds(Path file) throws SQLException, IOException {
        String columns = MemberFile.HEADER.lines().findFirst().orElseThrow();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_copy (" + List.of(columns.split(",")).stream().map(column -> "\"" + column + "\" TEXT")
                    .collect(Collectors.joining(", ")) + ")");
            long start = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
            }
            double seconds = seconds(start);
            statement.execute("DROP TABLE bench_copy");
            return seconds;
        }
    }

    /**
     * Seconds to write next year's invoices of every active or suspended member in one INSERT ...
     * SELECT, numbered, into a copy of the invoice table with its indexes and constraints.
     */
    double duesFloorSeconds(int year) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_invoice (LIKE invoice INCLUDING ALL)");
            long start = System.nanoTime();
            statement.executeUpdate("INSERT INTO bench_invoice (id, number, member_id, dues_year, amount, currency, paid, issued_on, due_on, status, version) "
                    + "SELECT row_number() OVER (ORDER BY m.id), '" + year + "-' || lpad((row_number() OVER (ORDER BY m.id))::text, 6, '0'), m.id, "
                    + year + ", t.dues_amount, t.dues_currency, 0, CURRENT_DATE, CURRENT_DATE + 60, 'OPEN', 1 "
                    + "FROM member m JOIN tier t ON t.code = m.tier_code WHERE m.status IN ('ACTIVE', 'SUSPENDED')");
            double seconds = seconds(start);
            statement.execute("DROP TABLE bench_invoice");
            return seconds;
        }
    }

    /** Seconds the five raw GROUP BY queries take, once through. */
    double membershipGroupBysSeconds() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            for (String query : MEMBERSHIP_GROUP_BYS) {
                try (ResultSet rows = statement.executeQuery(query)) {
                    while (rows.next()) {
                        rows.getLong(2);
                    }
                }
            }
            return seconds(start);
        }
    }

    long count(String query) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
