package org.wic.registry.api.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wic.registry.account.Authenticator;
import org.wic.registry.account.LoginThrottle;
import org.wic.registry.account.PasswordSignIn;
import org.wic.registry.account.ThrottlePolicy;
import org.wic.registry.api.limits.RateLimitFilter;
import org.wic.registry.api.problem.ProblemWriter;
import org.wic.registry.api.problem.Problems;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.RegistryPrincipal;
import org.wic.registry.persistence.DatabaseFailures;
import org.wic.registry.ratelimit.RateLimits;
import org.wic.registry.text.TextInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How callers prove who they are: HTTP Basic for accounts, {@code X-API-Key} for partner systems.
 * A request without credentials goes on anonymously (the resource decides whether that is enough);
 * bad credentials are a 401 problem whatever the resource, and a username with too many recent
 * failures from this client address gets 429 with Retry-After before its password is even looked at.
 */
@ApplicationScoped
public class RegistryAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String API_KEY_HEADER = "X-API-Key";
    private static final Logger LOG = Logger.getLogger(RegistryAuthenticationMechanism.class.getName());

    public static final String CHALLENGE = "Basic realm=\"WIC Membership Registry\", charset=\"UTF-8\"";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private Authenticator authenticator;

    @Inject
    private PasswordSignIn signIns;

    @Inject
    private RateLimits limits;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        try {
            return authenticate(request, context);
        } catch (RuntimeException e) {
            // this runs before JAX-RS, whose mappers would otherwise turn an outage into a 503
            if (DatabaseFailures.isOutage(e)) {
                LOG.log(Level.WARNING, "Database unavailable during sign-in: {0}", TextInput.loggable(e.getMessage()));
                context.getResponse().setHeader("Retry-After", Problems.RETRY_AFTER_SECONDS);
                write(context, 503, Problems.OUTAGE_DETAIL);
                return AuthenticationStatus.SEND_FAILURE;
            }
            throw e;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpMessageContext context) {
        String apiKey = request.getHeader(API_KEY_HEADER);
        String authorization = request.getHeader("Authorization");
        if (apiKey != null) {
            return login(context, identityStores.validate(new ApiKeyCredential(apiKey)), "The API key is not valid, or revoked or expired.");
        }
        if (authorization == null) {
            return context.doNothing();
        }
        Optional<UsernamePasswordCredential> credential = BasicCredentials.parse(authorization);
        if (credential.isEmpty()) {
            return unauthorized(context, "Send accounts' credentials as HTTP Basic, or a partner key in X-API-Key.");
        }
        String username = credential.get().getCaller();
        Optional<Caller> remembered = authenticator.recentlyVerified(username, credential.get().getPasswordAsString());
        if (remembered.isPresent()) {
            throttle.signedIn(username, request.getRemoteAddr());
            return context.notifyContainerAboutLogin(signedIn(remembered.get()));
        }
        PasswordSignIn.Outcome outcome = signIns.attempt(username, credential.get().getPasswordAsString(), request.getRemoteAddr());
        if (outcome instanceof PasswordSignIn.SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn(signedIn.caller()));
        }
        return outcome instanceof PasswordSignIn.Throttled throttled ? tooManyAttempts(context, throttled.state())
                : unauthorized(context, "The username or password is wrong.");
    }

    /** A signed-in account as Jakarta Security carries it: the principal and its role as group. */
    private static CredentialValidationResult signedIn(Caller caller) {
        return new CredentialValidationResult(new RegistryPrincipal(caller), Set.of(caller.role().orElseThrow().name()));
    }

    private AuthenticationStatus login(HttpMessageContext context, CredentialValidationResult result, String failure) {
        return result.getStatus() == CredentialValidationResult.Status.VALID
                ? context.notifyContainerAboutLogin(result)
                : unauthorized(context, failure);
    }

    private AuthenticationStatus unauthorized(HttpMessageContext context, String detail) {
        HttpServletResponse response = context.getResponse();
        response.setHeader("WWW-Authenticate", CHALLENGE);
        write(context, 401, detail);
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus tooManyAttempts(HttpMessageContext context, ThrottlePolicy.State throttling) {
        long seconds = Math.max(1, throttling.retryAfter().toSeconds() + (throttling.retryAfter().toNanosPart() > 0 ? 1 : 0));
        context.getResponse().setHeader("Retry-After", String.valueOf(seconds));
        write(context, 429, "Too many failed logins for this username; try again in " + seconds + " s.");
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * These answers come before the servlet filters run, so they set the security headers themselves,
     * and count as an anonymous request of the client's address (announced, not refused: the answer is a refusal already).
     */
    private void write(HttpMessageContext context, int status, String detail) {
        SecurityHeaders.apply(context.getResponse());
        try {
            limits.take(RateLimits.CallerKind.ANONYMOUS, context.getRequest().getRemoteAddr())
                    .ifPresent(verdict -> RateLimitFilter.announce(context.getResponse(), verdict));
        } catch (RuntimeException gridUnavailable) {
            LOG.log(Level.FINE, "Rate limits not counted for a refused sign-in", gridUnavailable);
        }
        try {
            ProblemWriter.write(context.getResponse(), Problems.ofStatus(status, detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
