package org.wic.registry.server;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On the PostgreSQL server of the tests (run with -Ppostgres only): the tests take an empty
 * database and mark it theirs, take it again later, and refuse one that holds anything else.
 */
class ClaimingTheTestDatabaseIT {

    private final Database server = Database.choose(Database.Choice.POSTGRES, Path.of("unused"), System.getenv());
    private final Path driver = Path.of(System.getProperty("registry.jdbc-driver"));
    private final List<String> created = new ArrayList<>();

    @Test
    void anEmptyDatabaseIsTakenAndMarkedAndTakenAgainLater() throws SQLException {
        Database empty = newDatabase();

        TestDatabase.claim(empty, driver);
        run(empty, "CREATE TABLE member (id BIGINT)"); // what the registry's migration then creates
        TestDatabase.claim(empty, driver);

        assertThat(query(empty, "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = current_database()"))
                .isEqualTo(TestDatabase.MARK);
    }

    @Test
    void aDatabaseWithDataTheTestsDidNotCreateIsRefused() throws SQLException {
        Database production = newDatabase();
        run(production, "CREATE TABLE member (id BIGINT)");
        run(production, "INSERT INTO member VALUES (1)");

        assertThatThrownBy(() -> TestDatabase.claim(production, driver)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tables the tests did not create").hasMessageContaining("REGISTRY_TEST_DB_URL");
        assertThat(query(production, "SELECT COUNT(*) FROM member")).isEqualTo("1");
    }

    @AfterEach
    void dropDatabases() throws SQLException {
        for (String name : created) {
            run(server, "DROP DATABASE IF EXISTS " + name);
        }
    }

    private Database newDatabase() throws SQLException {
        String name = "registry_claim_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        run(server, "CREATE DATABASE " + name);
        created.add(name);
        return new Database(server.url().replaceAll("/[^/?]+(\\?.*)?$", "/" + name), server.user(), server.password());
    }

    private static void run(Database database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(Database database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.url(), Map.of("user", database.user(), "password", database.password()).entrySet().stream()
                .collect(java.util.Properties::new, (properties, entry) -> properties.setProperty(entry.getKey(), entry.getValue()), java.util.Properties::putAll));
    }
}
