package org.wic.registry.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.wic.registry.caller.Role;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts: found by username or email, listed, counted by role, and written. */
@ApplicationScoped
public class AccountRepository {

    static final String CURSOR_SCOPE = "users";

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    public void add(Account account) {
        entityManager.persist(account);
    }

    /** Removes the account; its one-time links go with it (the database cascades). */
    public void remove(Account account) {
        entityManager.createQuery("DELETE FROM AccountToken t WHERE t.username = :username").setParameter("username", account.username().value())
                .executeUpdate();
        entityManager.remove(account);
    }

    public Optional<Account> find(Username username) {
        return entityManager.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.value())
                .getResultStream().findFirst();
    }

    /** Accounts whose holder has this email, any case. */
    public List<Account> withEmail(String email) {
        return entityManager.createQuery("SELECT a FROM Account a WHERE LOWER(a.email) = :email ORDER BY a.username", Account.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList();
    }

    /** The enabled and disabled accounts that represent this member. */
    public List<Account> representatives(String memberNumber) {
        return entityManager.createNamedQuery(Account.REPRESENTATIVES, Account.class).setParameter("member", memberNumber).getResultList();
    }

    /** By username. */
    public Page<Account> page(PageRequest page) {
        List<Account> accounts = page.after()
                .map(cursor -> entityManager.createNamedQuery(Account.PAGE_AFTER, Account.class).setParameter("after", cursor.part(0)))
                .orElseGet(() -> entityManager.createNamedQuery(Account.FIRST_PAGE, Account.class))
                .setMaxResults(page.fetchSize())
                .getResultList();
        return Page.of(accounts, page, account -> Cursor.of(CURSOR_SCOPE, account.username().value()));
    }

    public long countByRole(Role role) {
        return entityManager.createNamedQuery(Account.COUNT_BY_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }

    public long countEnabled(Role role) {
        return entityManager.createNamedQuery(Account.COUNT_ENABLED_BY_ROLE, Long.class).setParameter("role", role).getSingleResult();
    }
}
