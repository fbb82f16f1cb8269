package org.wic.registry.it.postgres;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;
import org.wic.registry.it.TestServer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * The database goes away while the registry serves (PostgreSQL refuses new connections and ends
 * the open ones; run with -Ppostgres): every call, signing in too (which runs before JAX-RS), is a
 * 503 problem with Retry-After, and the registry is back on its own when the database is.
 */
class DatabaseOutageIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void signingInDuringAnOutageIsA503AndTheRegistryComesBackByItself() throws Exception {
        String url = Optional.ofNullable(System.getenv("REGISTRY_TEST_DB_URL")).orElse("jdbc:postgresql://127.0.0.1:5432/test");
        String database = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        String server = url.replaceAll("/[^/?]+(\\?.*)?$", "/postgres");
        try {
            run(server, "ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
            run(server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "' AND pid <> pg_backend_pid()");

            RegistryHttp.Answer signIn = registry.as(Identities.admin()).get("/api/v1/me");
            assertProblem(signIn, 503);
            assertThat(signIn.header("Retry-After")).isPresent();
            assertProblem(registry.get("/api/v1/members"), 503);
        } finally {
            run(server, "ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
        }
        TestServer.awaitReadiness();
        assertThat(registry.as(Identities.admin()).get("/api/v1/me").status()).isEqualTo(200);
    }

    private static void run(String url, String sql) throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", Optional.ofNullable(System.getenv("REGISTRY_TEST_DB_USER")).orElse("postgres"));
        properties.setProperty("password", Optional.ofNullable(System.getenv("REGISTRY_TEST_DB_PASSWORD")).orElse(""));
        try (Connection connection = DriverManager.getConnection(url, properties); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
