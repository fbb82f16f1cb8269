package org.wic.registry.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * At start, makes sure someone can administer the registry: when no secretariat account exists it
 * opens {@code admin} with REGISTRY_ADMIN_PASSWORD, or with a generated password printed once in
 * the server's output. There is no default password. REGISTRY_ADMIN_RESET=true is the break-glass
 * way back in: {@code admin} gets REGISTRY_ADMIN_PASSWORD and is enabled.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "registry.admin.password")
    private Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "registry.admin.reset", defaultValue = "false")
    private boolean reset;

    @PostConstruct
    void ensureSecretariat() {
        Optional<String> configured = configuredPassword.filter(password -> !password.isBlank());
        if (reset) {
            accounts.resetBootstrapAdmin(configured.orElseThrow(() ->
                    new IllegalStateException("REGISTRY_ADMIN_RESET=true needs REGISTRY_ADMIN_PASSWORD")));
            LOG.warning("REGISTRY_ADMIN_RESET: the account 'admin' now has the password in REGISTRY_ADMIN_PASSWORD and is enabled.");
            return;
        }
        String password = configured.orElseGet(Passwords::generate);
        if (accounts.openBootstrapAdmin(password).isPresent()) {
            LOG.warning(configured.isPresent()
                    ? "First start: opened the secretariat account 'admin' with the password in REGISTRY_ADMIN_PASSWORD."
                    : banner(password));
        }
    }

    private static String banner(String password) {
        String rule = "=".repeat(78);
        return "\n" + rule
                + "\n  First start: opened the secretariat account 'admin' with this generated password:"
                + "\n\n      " + password
                + "\n\n  It is shown this once. Sign in with it and change it: PUT /api/v1/me/password"
                + "\n  (or set REGISTRY_ADMIN_PASSWORD before the first start)."
                + "\n" + rule;
    }
}
