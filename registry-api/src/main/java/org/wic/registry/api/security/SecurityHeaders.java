package org.wic.registry.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers on every answer: no MIME sniffing, no referrer, and a Content-Security-Policy, strict
 * for the API (nothing may load, nothing may frame it) and restrictive for the UI pages (scripts,
 * styles and images from this origin only; Swagger UI needs inline styles and data: images). The
 * API's answers may be read by scripts of any site, without credentials.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Also for answers given before this filter runs (the authentication mechanism's 401 and 429). */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        boolean page = isUiPage(request.getRequestURI());
        response.setHeader("Content-Security-Policy", page ? UI_POLICY : API_POLICY);
        if (!page) {
            // any site's script may read what needs no credentials (the WIC publishes its directory); a browser sends
            // no credentials to "*", and writes from other sites are refused (CrossSiteRequests)
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
    }

    static boolean isUiPage(String path) {
        return path.equals("/") || path.equals("/index.html") || path.startsWith("/api-docs/") || path.startsWith("/webjars/");
    }
}
