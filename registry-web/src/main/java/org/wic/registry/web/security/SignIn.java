package org.wic.registry.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.wic.registry.account.PasswordSignIn;
import org.wic.registry.account.ThrottlePolicy;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.web.i18n.Messages;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The sign-in form: the same accounts, password check and throttling (per username and client
 * address) as the API's HTTP Basic. The session id changes at sign-in; a representative lands in the
 * member's portal, an officer where the expired session left off or on the dashboard.
 */
@Named
@RequestScoped
public class SignIn {

    /** The console's root in this web module (the sign-in page); the public pages are beside it. */
    public static final String CONSOLE = "/console/";

    @Inject
    private PasswordSignIn signIns;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = username == null ? "" : username.strip();
        PasswordSignIn.Outcome outcome = signIns.attempt(name, password == null ? "" : password, request.getRemoteAddr());
        if (outcome instanceof PasswordSignIn.Throttled throttled) {
            throttled(throttled.state());
            return;
        }
        if (outcome instanceof PasswordSignIn.Refused refused) {
            if (refused.state().throttled()) {
                throttled(refused.state()); // this failure was the last one allowed
            } else {
                messages.error(null, "signIn.wrong");
            }
            return;
        }
        Caller account = ((PasswordSignIn.SignedIn) outcome).caller();
        begin(request, account);
    }

    /**
     * Starts the signed-in session of this account (after its password was checked, or set with a
     * one-time link) and opens its home: a representative's portal, an officer where the expired
     * session left off or the dashboard.
     */
    public void begin(HttpServletRequest request, Caller account) throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpSession session = request.getSession(true);
        request.changeSessionId(); // no id known before the sign-in stays valid after it
        session.setAttribute(ConsoleAuthenticationMechanism.SIGNED_IN, account.id());
        Object returnTo = session.getAttribute(ConsoleAuthenticationMechanism.RETURN_TO);
        session.removeAttribute(ConsoleAuthenticationMechanism.RETURN_TO);
        String home = external.getRequestContextPath() + CONSOLE + (account.is(Role.MEMBER) ? "portal/" : "dashboard");
        external.redirect(returnTo instanceof String path && isConsolePath(path, external)
                && isPortalPath(path, external) == account.is(Role.MEMBER) ? path : home);
    }

    public void signOut() throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + CONSOLE);
    }

    private void throttled(ThrottlePolicy.State state) {
        Duration wait = state.retryAfter();
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        String at = LocalTime.now(ZoneId.systemDefault()).plus(wait).format(DateTimeFormatter.ofPattern("HH:mm:ss"));
        messages.error(null, "signIn.throttled", minutes, at);
    }

    private static boolean isConsolePath(String path, ExternalContext external) {
        String root = external.getRequestContextPath() + CONSOLE;
        return path.startsWith(root) && !path.equals(root) && !path.startsWith(root + "index") && !path.contains("//") && !path.contains("\\");
    }

    private static boolean isPortalPath(String path, ExternalContext external) {
        return path.startsWith(external.getRequestContextPath() + CONSOLE + "portal");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
