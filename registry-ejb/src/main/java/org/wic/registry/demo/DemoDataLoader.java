package org.wic.registry.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.persistence.RegistryDatabase;
import org.wic.registry.security.Passwords;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * At start, fills an empty database with the demo data when REGISTRY_DEMO_DATA says so: unset, only
 * the embedded H2 database; {@code true}, any database (PostgreSQL too); {@code false}, never.
 * "Empty" means no member and no application: the demo never mixes with real data.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigration", "AccountBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = RegistryDatabase.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DemoDataWriter writer;

    @Inject
    @ConfigProperty(name = "registry.demo-data")
    private Optional<Boolean> demoData;

    @Inject
    @ConfigProperty(name = "registry.demo-password")
    private Optional<String> configuredPassword;

    @PostConstruct
    void loadIfWanted() {
        if (!demoData.orElseGet(this::embedded) || !writer.databaseIsEmpty()) {
            return;
        }
        String password = configuredPassword.filter(text -> !text.isBlank()).orElseGet(Passwords::generate);
        List<String> representatives = writer.write(password);
        LOG.warning(banner(representatives, configuredPassword.isPresent() ? "the password in REGISTRY_DEMO_PASSWORD" : password));
    }

    private boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private static String banner(List<String> representatives, String password) {
        String rule = "=".repeat(78);
        return "\n" + rule
                + "\n  Demo data loaded: fictitious members, applications in every state, and accounts"
                + "\n  of member representatives (role MEMBER), each with this password:"
                + "\n\n      " + password
                + "\n\n  Representatives: " + String.join(", ", representatives)
                + "\n  (REGISTRY_DEMO_DATA=false leaves the database empty.)"
                + "\n" + rule;
    }
}
