package org.wic.registry.api.limits;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wic.registry.api.problem.ProblemWriter;
import org.wic.registry.api.problem.Problems;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.RegistryPrincipal;
import org.wic.registry.ratelimit.RateLimits;
import org.wic.registry.ratelimit.RateLimits.CallerKind;

import java.io.IOException;
import java.util.Optional;

/**
 * Counts every API request against its caller's limit: a partner's API key, an account, or, for
 * anonymous requests, the client address. Every answer tells the caller where it stands in the
 * IETF {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset} headers
 * (requests a minute, requests left, seconds until the bucket is full again); over the limit the
 * answer is a 429 problem with {@code Retry-After}. Authentication runs before this filter, so the
 * caller is known (and bad credentials were answered already).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String LIMIT = "RateLimit-Limit";
    public static final String REMAINING = "RateLimit-Remaining";
    public static final String RESET = "RateLimit-Reset";

    @Inject
    private RateLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Optional<RateLimits.Verdict> verdict = take(request);
        if (verdict.isPresent()) {
            RateLimits.Verdict answer = verdict.get();
            announce(response, answer);
            if (!answer.allowed()) {
                response.setHeader("Retry-After", String.valueOf(answer.retryAfterSeconds()));
                ProblemWriter.write(response, Problems.ofStatus(429, "Too many requests: " + answer.limit()
                        + " a minute are allowed for this caller; try again in " + answer.retryAfterSeconds() + " s."));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The RateLimit-* headers of an answer. */
    public static void announce(HttpServletResponse response, RateLimits.Verdict verdict) {
        response.setHeader(LIMIT, String.valueOf(verdict.limit()));
        response.setHeader(REMAINING, String.valueOf(verdict.remaining()));
        response.setHeader(RESET, String.valueOf(verdict.resetSeconds()));
    }

    private Optional<RateLimits.Verdict> take(HttpServletRequest request) {
        if (!(request.getUserPrincipal() instanceof RegistryPrincipal principal)) {
            return limits.take(CallerKind.ANONYMOUS, request.getRemoteAddr());
        }
        Caller caller = principal.caller();
        return limits.take(caller.kind() == Caller.Kind.API_KEY ? CallerKind.PARTNER : CallerKind.ACCOUNT, caller.id());
    }
}
