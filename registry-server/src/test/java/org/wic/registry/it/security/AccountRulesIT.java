package org.wic.registry.it.security;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.account.AccountService;
import org.wic.registry.account.Username;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.ConflictException;
import org.wic.registry.it.Deployments;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account rules that need the database to be in a state black-box tests cannot arrange. */
@ExtendWith(ArquillianExtension.class)
class AccountRulesIT {

    private static final Caller SECRETARIAT = Caller.account("account-rules-it", Role.SECRETARIAT, Optional.empty());

    @Inject
    private AccountService accounts;

    @Inject
    private UserTransaction transaction;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("account-rules-it");
    }

    /** Inside a transaction that is rolled back: every other secretariat account disabled for a moment. */
    @Test
    void theLastEnabledSecretariatAccountCannotBeDisabled() throws Exception {
        String last = "last-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        try {
            accounts.open(SECRETARIAT, last, Role.SECRETARIAT, "a-password-of-some-length", Optional.empty());
            entityManager.createQuery("UPDATE Account a SET a.enabled = FALSE WHERE a.role = :role AND a.username <> :last")
                    .setParameter("role", Role.SECRETARIAT).setParameter("last", last).executeUpdate();

            assertThatThrownBy(() -> accounts.disable(SECRETARIAT, last))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("last enabled secretariat account");
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void partnersNeverGetAccounts() {
        assertThatThrownBy(() -> accounts.open(SECRETARIAT, "partner-" + UUID.randomUUID().toString().substring(0, 8), Role.PARTNER,
                "a-password-of-some-length", Optional.empty())).hasMessageContaining("role");
    }

    @Test
    void onlyTheSecretariatAdministersAccounts() {
        Caller member = Caller.account("someone", Role.MEMBER, Optional.empty());
        String attempted = "x-" + UUID.randomUUID().toString().substring(0, 8);

        assertThatThrownBy(() -> accounts.open(member, attempted, Role.SECRETARIAT, "a-password-of-some-length", Optional.empty()))
                .hasMessageContaining("SECRETARIAT");
        assertThat(accounts.find(Username.of(attempted))).isEmpty();
    }
}
