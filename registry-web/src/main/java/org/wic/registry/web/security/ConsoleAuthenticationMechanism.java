package org.wic.registry.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.wic.registry.account.AccountService;
import org.wic.registry.account.Username;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.RegistryPrincipal;
import org.wic.registry.web.http.Referers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

/**
 * The console's sessions: {@link SignIn} checks the password (throttled like the API's) and keeps
 * the username in a fresh HTTP session; every request after it is the account's as long as the
 * account exists and is enabled (a disabled account's session ends at its next request). A
 * protected page without a session goes to the sign-in page, which returns to it afterwards.
 */
@ApplicationScoped
public class ConsoleAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = "org.wic.registry.console.username";
    static final String RETURN_TO = "org.wic.registry.console.return-to";

    @Inject
    private AccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Optional<Caller> caller = signedIn(request);
        if (caller.isPresent()) {
            Caller account = caller.get();
            return context.notifyContainerAboutLogin(new RegistryPrincipal(account), Set.of(account.role().orElseThrow().name()));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        try {
            toSignIn(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private Optional<Caller> signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN) instanceof String username)) {
            return Optional.empty();
        }
        Optional<Caller> account = accounts.find(Username.of(username)).filter(found -> found.enabled()).map(found -> found.asCaller());
        if (account.isEmpty()) {
            session.invalidate(); // disabled or removed since it signed in
        }
        return account;
    }

    /**
     * Remembers where the officer was (a page asked for, or the page a form was posted from) and
     * sends the browser to the sign-in page.
     */
    private static void toSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String signIn = request.getContextPath() + SignIn.CONSOLE;
        String query = request.getQueryString();
        String page = "GET".equals(request.getMethod()) ? request.getRequestURI() + (query == null ? "" : "?" + query)
                : Referers.samePage(request).orElse(signIn); // a form's own action has lost the page's parameters
        request.getSession(true).setAttribute(RETURN_TO, page);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // a Faces Ajax request of an expired session: Faces' script follows a redirect in its own answer format
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + signIn
                    + "?expired=true\"></redirect></partial-response>");
            return;
        }
        response.sendRedirect(signIn + ("POST".equals(request.getMethod()) ? "?expired=true" : ""));
    }
}
