package org.wic.registry.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The links in invitation and reset e-mails are {@code /account/set-password/{token}}: the page that
 * sets the password shows it, told the token by this filter (the address stays as it is; the token
 * is never a query parameter, so it stays out of access logs' query strings and Referer headers).
 */
@WebFilter(urlPatterns = "/account/set-password/*", asyncSupported = true)
public class PasswordLinkAddresses extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String TOKEN = "org.wic.registry.web.account.token";
    private static final String PAGE = "/account/set-password";
    private static final String PREFIX = PAGE + "/"; // extensionless: FacesViews redirects a forward to ….xhtml

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : ""; // the page's own form posts to /account/set-password
        if (rest.isEmpty() || rest.contains("/") || rest.contains(".")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Referrer-Policy", "no-referrer");
        request.setAttribute(TOKEN, rest);
        request.getRequestDispatcher(PAGE).forward(request, response);
    }

    static String tokenOf(FacesContext faces) {
        return (String) faces.getExternalContext().getRequestMap().get(TOKEN);
    }
}
