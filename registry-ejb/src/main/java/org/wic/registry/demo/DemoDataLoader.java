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
import org.wic.registry.account.Passwords;
import org.wic.registry.job.FirstStart;
import org.wic.registry.persistence.RegistryDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

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
    /** The run command looks for this line to print the password it generated. */
    public static final String DEMO_LOADED = "Demo data loaded";

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

    /** Set by the run command, which prints it on its own console: a password never goes to the server log. */
    @Inject
    @ConfigProperty(name = "registry.generated-demo-password")
    private Optional<String> generatedPassword;

    @Inject
    private FirstStart firstStart;

    @PostConstruct
    void start() {
        if (demoData.orElseGet(this::embedded)) {
            firstStart.exclusively(this::loadIfEmpty); // instances starting together load one set
        }
    }

    private void loadIfEmpty() {
        if (!writer.databaseIsEmpty()) {
            return;
        }
        Optional<String> configured = configuredPassword.filter(text -> !text.isBlank());
        // without either, the representatives get a password nobody knows: the secretariat resets it when needed
        String password = configured.or(() -> generatedPassword.filter(text -> !text.isBlank())).orElseGet(Passwords::generate);
        List<String> representatives = writer.write(password);
        LOG.warning(banner(representatives, configured.isPresent() ? "the password in REGISTRY_DEMO_PASSWORD"
                : "the password the run command printed on its console"));
    }

    private boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private static String banner(List<String> representatives, String whichPassword) {
        String rule = "=".repeat(78);
        return "\n" + rule
                + "\n  " + DEMO_LOADED + ": fictitious members, applications in every state, and accounts"
                + "\n  of member representatives (role MEMBER), each with " + whichPassword
                + "\n\n  Representatives: " + String.join(", ", representatives)
                + "\n  (REGISTRY_DEMO_DATA=false leaves the database empty.)"
                + "\n" + rule;
    }
}
