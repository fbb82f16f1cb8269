package org.wic.registry.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers on every answer of the API: no MIME sniffing, no referrer, and a Content-Security-Policy
 * under which nothing may load and nothing may frame it. The API's answers may be read by scripts
 * of any site, without credentials. (The documentation pages are registry-web's, with a policy of
 * their own.)
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response);
        chain.doFilter(request, response);
    }

    /** Also for answers given before this filter runs (the authentication mechanism's 401 and 429). */
    static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", API_POLICY);
        // any site's script may read what needs no credentials (the WIC publishes its directory); a browser sends
        // no credentials to "*", and writes from other sites are refused (CrossSiteRequests)
        response.setHeader("Access-Control-Allow-Origin", "*");
    }
}
