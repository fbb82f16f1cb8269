package org.wic.registry.it.persistence;

import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.it.Deployments;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In the server, on the database the build chose: Liquibase, not JPA, has built the schema and loaded the reference data. */
@ExtendWith(ArquillianExtension.class)
class SchemaMigrationIT {

    private static final String EXPECTED_DATABASE = "expected-database.txt";

    @Resource(lookup = "jdbc/registry")
    private DataSource dataSource;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("schema-migration-it")
                .addAsResource(new StringAsset(System.getProperty("registry.test.database", "h2")), EXPECTED_DATABASE);
    }

    @Test
    void runsOnTheDatabaseTheBuildChose() throws Exception {
        String expected = readResource(EXPECTED_DATABASE);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualToIgnoringCase(expected.equals("postgres") ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void liquibaseCreatedTheTablesAndJpaNone() throws SQLException {
        List<String> tables = tables();

        assertThat(tables).contains("continent", "country", "databasechangelog", "databasechangeloglock");
        assertThat(tables).as("EclipseLink's generated sequence table").doesNotContain("sequence");
    }

    @Test
    void liquibaseRecordedEveryChangesetAsExecuted() throws SQLException {
        List<String> executed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id, exectype FROM databasechangelog ORDER BY orderexecuted")) {
            while (rows.next()) {
                assertThat(rows.getString("exectype")).isEqualTo("EXECUTED");
                executed.add(rows.getString("id"));
            }
        }
        assertThat(executed).containsSubsequence("001-continent-table", "001-country-table", "001-continent-data", "001-country-data");
    }

    @Test
    void theReferenceDataIsLoaded() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM continent")).isEqualTo(7);
        assertThat(count("SELECT COUNT(*) FROM country")).isEqualTo(249);
        assertThat(count("SELECT COUNT(*) FROM country WHERE alpha2 = 'FR' AND alpha3 = 'FRA' AND numeric_code = '250'"
                + " AND continent_code = 'EU'")).isEqualTo(1);
    }

    @Test
    void theSchemaEnforcesTheContinentOfACountry() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO country (alpha2, alpha3, numeric_code, name, continent_code)"
                    + " VALUES ('QZ', 'QZZ', '999', 'Nowhere', 'XX')")).isInstanceOf(SQLException.class);
        }
        assertThat(count("SELECT COUNT(*) FROM country WHERE alpha2 = 'QZ'")).isZero();
    }

    private List<String> tables() throws SQLException {
        var names = new ArrayList<String>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String readResource(String name) throws IOException {
        try (InputStream in = SchemaMigrationIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
