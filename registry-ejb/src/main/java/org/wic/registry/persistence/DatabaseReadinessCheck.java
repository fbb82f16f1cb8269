package org.wic.registry.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Readiness check {@code database}: UP while the registry's database answers, DOWN otherwise. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    static final String NAME = "database";
    private static final int VALIDATION_TIMEOUT_SECONDS = 3;
    private static final Logger LOG = Logger.getLogger(DatabaseReadinessCheck.class.getName());

    @Resource(lookup = RegistryDatabase.JNDI_NAME)
    private DataSource dataSource;

    public DatabaseReadinessCheck() {
        // for CDI
    }

    DatabaseReadinessCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return response(connection.isValid(VALIDATION_TIMEOUT_SECONDS) ? Status.UP : Status.DOWN);
        } catch (SQLException | RuntimeException e) {
            // the health endpoints are public: the reason goes to the log, not into the answer
            LOG.log(Level.WARNING, "Database readiness check failed: {0}", e.getMessage());
            return response(Status.DOWN);
        }
    }

    /** Built directly rather than through the builder SPI, which only a server provides. */
    private static HealthCheckResponse response(Status status) {
        return new HealthCheckResponse(NAME, status, Optional.empty());
    }
}
