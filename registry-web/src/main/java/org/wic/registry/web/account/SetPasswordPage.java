package org.wic.registry.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.wic.registry.account.Account;
import org.wic.registry.account.AccountService;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.security.SignIn;
import org.wic.registry.web.site.PublicLimits;
import org.wic.registry.web.support.Outcomes;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/** Chooses a password with a one-time link's token, then signs its holder in and opens their console (or portal). */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private Outcomes outcomes;

    @Inject
    private Messages messages;

    @Inject
    private PublicLimits limits;

    @Inject
    private SignIn signIn;

    private String token;
    private String newPassword;
    private String repeated;

    @PostConstruct
    void readToken() {
        token = PasswordLinkAddresses.tokenOf(FacesContext.getCurrentInstance());
    }

    public void save() throws IOException {
        if (token == null || !limits.allowed()) {
            messages.error(null, "account.link.invalid");
            return;
        }
        if (newPassword == null || !newPassword.equals(repeated)) {
            messages.error("form:repeated", "account.password.mismatch");
            return;
        }
        Optional<Account> account = outcomes.attempt(() -> accounts.setPasswordWithToken(token, newPassword),
                Map.of("newPassword", "form:newPassword", "token", ""));
        if (account.isPresent()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            signIn.begin((HttpServletRequest) faces.getExternalContext().getRequest(), account.get().asCaller());
        }
    }

    public boolean isLinked() {
        return token != null;
    }

    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getRepeated() { return repeated; }
    public void setRepeated(String repeated) { this.repeated = repeated; }
}
