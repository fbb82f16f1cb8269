package org.wic.registry.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the schema and reference data up to date with Liquibase when the application starts,
 * before it serves anything. A failure fails the deployment: the registry never runs on a schema
 * it does not know. Several servers starting at once take turns through Liquibase's lock table.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // Liquibase commits each changeset itself
public class DatabaseMigration {

    static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = RegistryDatabase.JNDI_NAME)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(DatabaseMigration.class.getClassLoader()),
                    "liquibase.analytics.enabled", false); // never phone home from a production server
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .execute());
            LOG.info(() -> "Database schema is up to date (" + database.getDatabaseProductName() + ")");
        } catch (Exception e) {
            String reason = rootCause(e).getMessage();
            LOG.log(Level.SEVERE, "Database migration failed, the registry does not start: " + reason, e);
            throw new IllegalStateException("Database migration failed: " + reason, e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
