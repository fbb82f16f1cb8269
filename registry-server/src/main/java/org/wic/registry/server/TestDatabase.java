package org.wic.registry.server;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Keeps the tests off databases that are not theirs. The tests write and never clean up, so they
 * run only on a PostgreSQL database that is empty, which they then mark as theirs (a comment on the
 * database), or on one they marked before. A database with anything else in it (a registry in use,
 * another application's tables) is refused before the server starts.
 */
final class TestDatabase {

    static final String MARK = "WIC Membership Registry: integration tests' database";

    private TestDatabase() {
    }

    /** @throws IllegalStateException when the database holds data the tests did not create */
    static void claim(Database database, Path jdbcDriver) {
        try (Connection connection = connect(database, jdbcDriver); Statement statement = connection.createStatement()) {
            String mark = single(statement, "SELECT COALESCE(shobj_description(oid, 'pg_database'), '') FROM pg_database WHERE datname = current_database()");
            if (mark.equals(MARK)) {
                return;
            }
            long tables = Long.parseLong(single(statement, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"));
            if (tables > 0) {
                throw new IllegalStateException("The tests' database " + database.describe() + " holds " + tables + " tables the tests did not create:"
                        + " they run only on an empty database (or one they marked as theirs). Point REGISTRY_TEST_DB_URL at an empty database,"
                        + " or, if this one is a test database to give up, drop and create it again.");
            }
            statement.execute("COMMENT ON DATABASE \"" + single(statement, "SELECT current_database()").replace("\"", "\"\"") + "\" IS '" + MARK.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the tests' database " + database.describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The cluster tests' database, dropped (with its connections) and created empty, marked as the
     * tests': the same server as the tests' database, under another name.
     */
    static Database fresh(Database tests, String name, Path jdbcDriver) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        Database maintenance = new Database(tests.url().replaceFirst("/[^/?]+(\\?.*)?$", "/postgres$1"), tests.user(), tests.password());
        try (Connection connection = connect(maintenance, jdbcDriver); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
            statement.execute("COMMENT ON DATABASE " + name + " IS '" + MARK.replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the database " + name + " afresh on " + maintenance.describe() + ": " + e.getMessage(), e);
        }
        return new Database(tests.url().replaceFirst("/[^/?]+(\\?.*)?$", "/" + name + "$1"), tests.user(), tests.password());
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }

    /** Through the driver jar the domain gets too: the build's own class path does not carry it. */
    private static Connection connect(Database database, Path jdbcDriver) throws SQLException {
        try {
            var loader = new URLClassLoader(new URL[] {jdbcDriver.toUri().toURL()}, TestDatabase.class.getClassLoader());
            Driver driver = (Driver) Class.forName("org.postgresql.Driver", true, loader).getDeclaredConstructor().newInstance();
            var properties = new Properties();
            properties.setProperty("user", database.user());
            properties.setProperty("password", database.password());
            Connection connection = driver.connect(database.url(), properties);
            if (connection == null) {
                throw new SQLException("the PostgreSQL driver does not take " + database.url());
            }
            return connection;
        } catch (MalformedURLException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the PostgreSQL driver from " + jdbcDriver, e);
        }
    }
}
