package org.wic.registry.web.site;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A member's public page has the address {@code /directory/WIC-000001}: the directory's view shows
 * it, told the number by this filter (the address stays as it is in the browser).
 */
@WebFilter(urlPatterns = "/directory/*", asyncSupported = true)
public class MemberAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String NUMBER = "org.wic.registry.web.site.member-number";
    private static final String DIRECTORY_VIEW = "/directory/index"; // extensionless: FacesViews redirects a forward to ….xhtml

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + "/directory/".length());
        if (rest.isEmpty() || rest.contains("/") || rest.startsWith("index") || rest.contains(".")) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(NUMBER, rest);
        request.getRequestDispatcher(DIRECTORY_VIEW).forward(request, response);
    }

    /** The number the address names, or null for the directory itself. */
    static String numberOf(FacesContext faces) {
        return (String) faces.getExternalContext().getRequestMap().get(NUMBER);
    }
}
