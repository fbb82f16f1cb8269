package org.wic.registry.server;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    private static final Path DEFAULT_DATA = Path.of("/repo/data");

    @Test
    void theRunCommandUsesTheEmbeddedDatabaseInTheDefaultDataDirectory() {
        Database database = Database.choose(Database.Choice.ENVIRONMENT, DEFAULT_DATA, Map.of());

        assertThat(database.isH2()).isTrue();
        assertThat(database.url()).startsWith("jdbc:h2:file:/repo/data/registry;").contains("WRITE_DELAY=0");
        assertThat(database.dataSourceClass()).isEqualTo("org.h2.jdbcx.JdbcDataSource");
    }

    @Test
    void registryDataDirMovesTheEmbeddedDatabase() {
        Database database = Database.choose(Database.Choice.ENVIRONMENT, DEFAULT_DATA, Map.of("REGISTRY_DATA_DIR", "/srv/registry"));

        assertThat(database.url()).startsWith("jdbc:h2:file:/srv/registry/registry;");
    }

    @Test
    void registryDbUrlSwitchesTheRunCommandToPostgresql() {
        Database database = Database.choose(Database.Choice.ENVIRONMENT, DEFAULT_DATA,
                Map.of("REGISTRY_DB_URL", "jdbc:postgresql://db:5432/registry", "REGISTRY_DB_USER", "registry",
                        "REGISTRY_DB_PASSWORD", "s3cret"));

        assertThat(database.isH2()).isFalse();
        assertThat(database.dataSourceClass()).isEqualTo("org.postgresql.ds.PGSimpleDataSource");
        assertThat(database.environment()).containsEntry("REGISTRY_DB_USER", "registry").containsEntry("REGISTRY_DB_PASSWORD", "s3cret");
        assertThat(database.describe()).isEqualTo("PostgreSQL jdbc:postgresql://db:5432/registry");
    }

    @Test
    void theTestsOnH2IgnoreARegistryDbUrlInTheEnvironment() {
        Database database = Database.choose(Database.Choice.H2, Path.of("/repo/registry-server/target/test-data"),
                Map.of("REGISTRY_DB_URL", "jdbc:postgresql://db:5432/production"));

        assertThat(database.url()).startsWith("jdbc:h2:file:/repo/registry-server/target/test-data/registry;");
    }

    @Test
    void theTestsOnPostgresqlNeverReadTheProductionVariables() {
        Database database = Database.choose(Database.Choice.POSTGRES, DEFAULT_DATA, Map.of(
                "REGISTRY_DB_URL", "jdbc:postgresql://db:5432/production", "REGISTRY_DB_USER", "registry", "REGISTRY_DB_PASSWORD", "s3cret",
                "REGISTRY_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/registry_tests", "REGISTRY_TEST_DB_USER", "tester"));

        assertThat(database.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/registry_tests");
        assertThat(database.user()).isEqualTo("tester");
        assertThat(database.password()).isEmpty();
        assertThat(Database.choose(Database.Choice.POSTGRES, DEFAULT_DATA, Map.of("REGISTRY_DB_URL", "jdbc:postgresql://db:5432/production")).url())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }

    @Test
    void theTestsOnPostgresqlHaveDefaults() {
        Database database = Database.choose(Database.Choice.POSTGRES, DEFAULT_DATA, Map.of());

        assertThat(database.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        assertThat(database.user()).isEqualTo("postgres");
        assertThat(database.password()).isEmpty();
    }

    @Test
    void theDescriptionNeverShowsUrlParameters() {
        Database database = new Database("jdbc:postgresql://db/registry?password=s3cret&ssl=true", "u", "");

        assertThat(database.describe()).doesNotContain("s3cret");
    }

    @Test
    void otherDatabasesAreRefusedWithAClearMessage() {
        Database database = new Database("jdbc:mysql://db/registry", "u", "p");

        assertThatThrownBy(database::dataSourceClass).hasMessageContaining("jdbc:postgresql:");
    }
}
