package org.wic.registry.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;

/**
 * A second line behind Faces' view state (which a forged form cannot know): a form post another
 * site's page sends is refused before Faces sees it, by the browser's own word for it
 * ({@code Sec-Fetch-Site}, else {@code Origin}). Also the headers every page of the console gets.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CrossSiteForms extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) && isCrossSite(request)) {
            // answered here, not through the error page: that would be a Faces postback of the forged form
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("A form posted from another site is refused.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI from = URI.create(origin);
            int port = from.getPort() == -1 ? ("https".equals(from.getScheme()) ? 443 : 80) : from.getPort();
            return !(request.getServerName().equalsIgnoreCase(from.getHost()) && request.getServerPort() == port);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
