package org.wic.registry.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.caller.Role;
import org.wic.registry.job.FirstStart;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * At start, makes sure someone can administer the registry: when no secretariat account exists it
 * opens {@code admin} with REGISTRY_ADMIN_PASSWORD, or with the password the run command generated
 * and printed on its console (REGISTRY_GENERATED_ADMIN_PASSWORD; never written to the server log).
 * There is no default password: without either, no account is opened and the log says what to set.
 * REGISTRY_ADMIN_RESET=true is the break-glass way back in: {@code admin} gets
 * REGISTRY_ADMIN_PASSWORD, is enabled, and every failed login counted against it is forgotten.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    /** The run command looks for this line to print the password it generated. */
    public static final String OPENED_WITH_GENERATED_PASSWORD = "First start: opened the secretariat account 'admin' with the generated password";

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "registry.admin.password")
    private Optional<String> configuredPassword;

    /** Set by the run command, which prints it on its own console when the log says the account was opened. */
    @Inject
    @ConfigProperty(name = "registry.generated-admin-password")
    private Optional<String> generatedPassword;

    @Inject
    @ConfigProperty(name = "registry.admin.reset", defaultValue = "false")
    private boolean reset;

    @Inject
    private FirstStart firstStart;

    @PostConstruct
    void start() {
        firstStart.exclusively(this::ensureSecretariat); // instances starting together open one admin
    }

    private void ensureSecretariat() {
        Optional<String> configured = configuredPassword.filter(password -> !password.isBlank());
        if (reset) {
            accounts.resetBootstrapAdmin(configured.orElseThrow(() ->
                    new IllegalStateException("REGISTRY_ADMIN_RESET=true needs REGISTRY_ADMIN_PASSWORD")));
            LOG.warning("REGISTRY_ADMIN_RESET: the account 'admin' now has the password in REGISTRY_ADMIN_PASSWORD and is enabled.");
            return;
        }
        Optional<String> generated = generatedPassword.filter(password -> !password.isBlank());
        Optional<String> password = configured.or(() -> generated);
        if (password.isEmpty()) {
            if (accounts.countByRole(Role.SECRETARIAT) == 0) {
                LOG.severe("No secretariat account exists and none was opened: set REGISTRY_ADMIN_PASSWORD and start again.");
            }
            return;
        }
        if (accounts.openBootstrapAdmin(password.get()).isPresent()) {
            LOG.warning(configured.isPresent()
                    ? "First start: opened the secretariat account 'admin' with the password in REGISTRY_ADMIN_PASSWORD."
                    : OPENED_WITH_GENERATED_PASSWORD + " (shown on the run command's console only).");
        }
    }
}
