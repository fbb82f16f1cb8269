package org.wic.registry.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.account.AccountService;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.site.PublicLimits;

/** Asks for a password reset link; the answer is the same whether an account has the address or not. */
@Named
@RequestScoped
public class ForgotPassword {

    @Inject
    private AccountService accounts;

    @Inject
    private Messages messages;

    @Inject
    private PublicLimits limits;

    private String email;
    private boolean sent;

    public void send() {
        if (limits.allowed()) {
            accounts.requestPasswordReset(email);
        }
        sent = true;
        messages.info("account.forgot.sent");
    }

    public boolean isSent() { return sent; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
