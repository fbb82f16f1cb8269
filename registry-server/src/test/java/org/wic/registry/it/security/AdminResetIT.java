package org.wic.registry.it.security;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.account.AccountService;
import org.wic.registry.account.LoginThrottle;
import org.wic.registry.it.Deployments;

import static org.assertj.core.api.Assertions.assertThat;

/** In the server: REGISTRY_ADMIN_RESET, the way back in, also forgets every address's failed logins for admin. */
@ExtendWith(ArquillianExtension.class)
class AdminResetIT {

    private static final String ATTACKER = "198.51.100.7";

    @Inject
    private LoginThrottle throttle;

    @Inject
    private AccountService accounts;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("admin-reset-it");
    }

    @Test
    void theBreakGlassResetClearsAdminsFailedLogins() {
        for (int i = 0; i < 6; i++) {
            throttle.count("admin", ATTACKER);
        }
        long next = throttle.count("admin", ATTACKER);
        assertThat(throttle.state(next, "admin", ATTACKER).state().throttled()).as("throttled from the attacker's address").isTrue();

        // what AccountBootstrap does at start with REGISTRY_ADMIN_RESET=true (the test server's own password)
        accounts.resetBootstrapAdmin(ConfigProvider.getConfig().getValue("registry.admin.password", String.class));

        long afterReset = throttle.count("admin", ATTACKER);
        assertThat(throttle.state(afterReset, "admin", ATTACKER).state().recentFailures()).isZero();
        throttle.forget(throttle.state(afterReset, "admin", ATTACKER));
    }
}
