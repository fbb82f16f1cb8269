package org.wic.registry.account;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.wic.registry.caller.Caller;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.text.TextInput;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks passwords. An unknown username, a wrong password and a disabled account all answer
 * "no", after the same work. (API keys: {@link org.wic.registry.apikey.ApiKeyService#authenticate}.)
 */
@Stateless
public class Authenticator {

    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

    @Inject
    private AccountService accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private VerifiedPasswords verified;

    public Optional<Caller> account(String username, String password) {
        Optional<Account> account;
        try {
            account = accounts.find(Username.of(username));
        } catch (InvalidInputException notAUsername) {
            account = Optional.empty();
        }
        if (account.isEmpty()) {
            hasher.verifyDecoy(password);
            return refused(username, "no such account");
        }
        if (account.get().passwordHash().isEmpty()) {
            hasher.verifyDecoy(password);
            return refused(username, "no password chosen yet (invited)");
        }
        String storedHash = account.get().passwordHash().get();
        boolean matches = verified.contains(storedHash, password) || hasher.verify(password, storedHash);
        if (!matches) {
            return refused(username, "wrong password");
        }
        verified.remember(storedHash, password);
        return account.get().enabled() ? Optional.of(account.get().asCaller()) : refused(username, "account disabled");
    }

    /**
     * The caller, if this password matched this account's within the last minutes (the memo of
     * {@link VerifiedPasswords}) and the account is enabled: no guess, so no throttling and no
     * PBKDF2. HTTP Basic sends the password with every request; only the first is counted and checked.
     */
    public Optional<Caller> recentlyVerified(String username, String password) {
        try {
            return accounts.find(Username.of(username))
                    .filter(account -> account.enabled() && account.passwordHash().filter(hash -> verified.contains(hash, password)).isPresent())
                    .map(Account::asCaller);
        } catch (InvalidInputException notAUsername) {
            return Optional.empty();
        }
    }

    /** The reason stays in the server log; the caller is told only that the login failed. */
    private static Optional<Caller> refused(String username, String reason) {
        LOG.log(Level.INFO, "Login refused for ''{0}'': {1}", new Object[] {TextInput.loggable(username), reason});
        return Optional.empty();
    }
}
