package org.wic.registry.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.wic.registry.caller.Caller;

import java.util.Optional;

/**
 * One sign-in with a username and password, throttled per username and client address: the one
 * sequence behind the API's HTTP Basic and the console's form. The attempt is counted before the
 * password is checked (parallel guesses cannot slip past the limit); a throttled attempt is not
 * tried and does not count; a right password forgets the pair's failures.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no connection held while the password is hashed; each step commits on its own
public class PasswordSignIn {

    /** How a sign-in ended. */
    public sealed interface Outcome {
    }

    /** The password matched an enabled account. */
    public record SignedIn(Caller caller) implements Outcome {
    }

    /** Not tried: the pair had too many recent failures already. */
    public record Throttled(ThrottlePolicy.State state) implements Outcome {
    }

    /** Wrong password, unknown user or disabled account (one answer for all three); how the pair stands now, this failure counted. */
    public record Refused(ThrottlePolicy.State state) implements Outcome {
    }

    @Inject
    private Authenticator authenticator;

    @Inject
    private LoginThrottle throttle;

    public Outcome attempt(String username, String password, String clientAddress) {
        long counted = throttle.count(username, clientAddress);
        LoginThrottle.Attempt attempt = throttle.state(counted, username, clientAddress);
        if (attempt.state().throttled()) {
            throttle.forget(attempt);
            return new Throttled(attempt.state());
        }
        Optional<Caller> account = authenticator.account(username, password);
        if (account.isEmpty()) {
            return new Refused(throttle.standing(username, clientAddress));
        }
        throttle.succeeded(attempt);
        return new SignedIn(account.get());
    }
}
