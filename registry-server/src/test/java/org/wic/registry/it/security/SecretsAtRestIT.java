package org.wic.registry.it.security;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.account.AccountService;
import org.wic.registry.apikey.ApiKeyService;
import org.wic.registry.application.ApplicationForm;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.idempotency.IdempotentRequests;
import org.wic.registry.it.Deployments;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the server: no password, API key or tracking token is stored anywhere in the database in plain
 * text, nor an answer kept for an Idempotency-Key.
 */
@ExtendWith(ArquillianExtension.class)
class SecretsAtRestIT {

    private static final Caller SECRETARIAT = Caller.account("secrets-at-rest-it", Role.SECRETARIAT, Optional.empty());

    @Inject
    private AccountService accounts;

    @Inject
    private ApiKeyService apiKeys;

    @Inject
    private ApplicationService applications;

    @Inject
    private IdempotentRequests idempotentRequests;

    @Resource(lookup = "jdbc/registry")
    private DataSource dataSource;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("secrets-at-rest-it");
    }

    @Test
    void noTableHoldsAPasswordOrAKeyInPlainText() throws SQLException {
        String password = "plain-" + UUID.randomUUID();
        String username = "secrets-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(SECRETARIAT, username, Role.SECRETARIAT, password, Optional.empty());
        String key = apiKeys.issue(SECRETARIAT, "Secrets at rest", Optional.empty()).key();
        String secret = key.substring("wic_12345678_".length()); // the secret may itself contain '_' 

        String trackingToken = applications.submit(Caller.anonymous(), new ApplicationForm("Secrets at rest " + UUID.randomUUID(), "ENTERPRISE",
                "KE", null, null, "ASSOCIATE", "Someone", "someone@example.org", null, "Checking what is stored.", null)).trackingToken();
        String keptAnswer = "answer-with-a-secret-" + UUID.randomUUID();
        idempotentRequests.once(new IdempotentRequests.Request("POST /it", "secrets-at-rest-it", new IdempotencyKey(UUID.randomUUID().toString()), "{}"),
                () -> new IdempotentRequests.Answer(201, "/it/1", "{\"secret\": \"" + keptAnswer + "\"}", false));

        List<String> found = occurrences(List.of(password, key, secret.substring(0, 20), trackingToken, trackingToken.substring(4, 24), keptAnswer));

        assertThat(found).as("where a secret was found").isEmpty();
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesWithSha512() throws SQLException {
        String username = "hashed-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(SECRETARIAT, username, Role.SECRETARIAT, "a-password-of-some-length", Optional.empty());

        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT password_hash FROM account WHERE username = '" + username + "'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain("a-password-of-some-length");
        }
    }

    /** Every text column of every table, searched for each of the values. */
    private List<String> occurrences(List<String> values) throws SQLException {
        var found = new ArrayList<String>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : tables(meta)) {
                try (ResultSet columns = meta.getColumns(null, null, table, "%")) {
                    while (columns.next()) {
                        String column = columns.getString("COLUMN_NAME");
                        String type = columns.getString("TYPE_NAME").toUpperCase();
                        if (type.contains("CHAR") || type.contains("TEXT") || type.contains("CLOB")) {
                            for (String value : values) {
                                if (contains(connection, table, column, value)) {
                                    found.add(table + "." + column);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        var tables = new ArrayList<String>();
        try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String schema = rows.getString("TABLE_SCHEM");
                if (schema == null || schema.equalsIgnoreCase("public")) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private static boolean contains(Connection connection, String table, String column, String value) throws SQLException {
        try (var query = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + column + " LIKE ?")) {
            query.setString(1, "%" + value + "%");
            try (ResultSet count = query.executeQuery()) {
                count.next();
                return count.getLong(1) > 0;
            }
        }
    }
}
