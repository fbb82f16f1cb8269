package org.wic.registry.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.wic.registry.api.problem.ProblemWriter;
import org.wic.registry.api.problem.Problems;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses state-changing requests that a browser sends on behalf of another site (CSRF): a browser
 * that has cached Basic credentials for the registry adds them to a plain HTML form's POST from
 * anywhere, and a body-less POST (withdraw, start-review, disable) needs no JSON to do harm. Browsers
 * say where a request comes from in {@code Sec-Fetch-Site} and {@code Origin}; curl and server-side
 * clients send neither and are not affected.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteRequests extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Sec-Fetch-Site values of requests a person started here: from a page of this origin, or typed in / bookmarked. */
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            response.setStatus(403);
            ProblemWriter.write(response, Problems.ofStatus(403,
                    "A state-changing request from another site is refused (its Origin or Sec-Fetch-Site names another site)."));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OWN_SITE.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameOrigin(origin, request);
    }

    /** Whether the Origin header names the origin this request was sent to ("null", from a sandboxed or file page, never does). */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        Optional<URI> parsed = parse(origin.strip());
        if (parsed.isEmpty()) {
            return false;
        }
        URI from = parsed.get();
        String host = request.getHeader("Host");
        String scheme = request.getScheme();
        return from.getScheme() != null && from.getScheme().equalsIgnoreCase(scheme) && host != null
                && authority(from).equalsIgnoreCase(authority(scheme, host));
    }

    private static Optional<URI> parse(String origin) {
        try {
            URI uri = new URI(origin);
            return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String authority(URI uri) {
        return uri.getHost() + ":" + (uri.getPort() == -1 ? defaultPort(uri.getScheme()) : uri.getPort());
    }

    private static String authority(String scheme, String hostHeader) {
        return parse(scheme + "://" + hostHeader).map(CrossSiteRequests::authority).orElse("");
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
