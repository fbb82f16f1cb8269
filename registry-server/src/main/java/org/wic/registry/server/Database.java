package org.wic.registry.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The database the registry's JDBC resource points at. The server reads the values from its
 * environment ({@code ${ENV=…}} in domain.xml), so no password is written to the domain's files.
 */
record Database(String url, String user, String password) {

    private static final String H2_PREFIX = "jdbc:h2:file:";
    static final String POSTGRES_DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    /** Synchronous commits: an answered write survives a crash of the server process. */
    private static final String H2_OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";

    enum Choice {
        /** The run command: PostgreSQL when REGISTRY_DB_URL is set, else H2 in REGISTRY_DATA_DIR (or the default). */
        ENVIRONMENT,
        /** The tests' H2 database, whatever the environment says. */
        H2,
        /**
         * The tests on PostgreSQL: REGISTRY_TEST_DB_URL, USER, PASSWORD or their defaults; never the
         * REGISTRY_DB_* variables, which may name a production database.
         */
        POSTGRES
    }

    static Database choose(Choice choice, Path defaultDataDir, Map<String, String> env) {
        return switch (choice) {
            case ENVIRONMENT -> blank(env.get("REGISTRY_DB_URL"))
                    ? h2(Path.of(orDefault(env.get("REGISTRY_DATA_DIR"), defaultDataDir.toString())))
                    : new Database(env.get("REGISTRY_DB_URL"), orDefault(env.get("REGISTRY_DB_USER"), "postgres"),
                            orDefault(env.get("REGISTRY_DB_PASSWORD"), ""));
            case H2 -> h2(defaultDataDir);
            case POSTGRES -> new Database(orDefault(env.get("REGISTRY_TEST_DB_URL"), POSTGRES_DEFAULT_URL),
                    orDefault(env.get("REGISTRY_TEST_DB_USER"), "postgres"), orDefault(env.get("REGISTRY_TEST_DB_PASSWORD"), ""));
        };
    }

    static Database h2(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("registry");
        return new Database(H2_PREFIX + file + H2_OPTIONS, "sa", "");
    }

    boolean isH2() {
        return url.startsWith(H2_PREFIX);
    }

    /** The DataSource class the pool instantiates; both drivers sit on the domain's class path. */
    String dataSourceClass() {
        if (isH2()) {
            return "org.h2.jdbcx.JdbcDataSource";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "org.postgresql.ds.PGSimpleDataSource";
        }
        throw new IllegalArgumentException("REGISTRY_DB_URL must be a jdbc:postgresql: URL (or unset for the embedded H2 database): " + url);
    }

    /** The variables the server process gets, for domain.xml's {@code ${ENV=…}} references. */
    Map<String, String> environment() {
        return Map.of("REGISTRY_DB_URL", url, "REGISTRY_DB_USER", user, "REGISTRY_DB_PASSWORD", password);
    }

    /** The embedded database's file, without H2's {@code .mv.db} suffix; empty for PostgreSQL. */
    Optional<Path> embeddedFile() {
        return isH2() ? Optional.of(Path.of(url.substring(H2_PREFIX.length(), url.indexOf(';')))) : Optional.empty();
    }

    /** Where the data lives, for people: the H2 file or the URL without its parameters. */
    String describe() {
        return embeddedFile().map(file -> "embedded H2 database " + file + ".mv.db")
                .orElseGet(() -> "PostgreSQL " + url.replaceAll("[?;].*$", ""));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value;
    }
}
