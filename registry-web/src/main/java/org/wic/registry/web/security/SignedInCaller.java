package org.wic.registry.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.RegistryPrincipal;
import org.wic.registry.caller.Role;

/** Who is signed in to this request, for {@code @Inject Caller} and for the pages ({@code #{signedIn}}). */
@Named("signedIn")
@RequestScoped
public class SignedInCaller {

    @Inject
    private SecurityContext security;

    /** The signed-in account as the services know it (anonymous when nobody is). */
    @Produces
    public Caller current() {
        return security.getPrincipalsByType(RegistryPrincipal.class).stream().findFirst().map(RegistryPrincipal::caller)
                .orElse(Caller.anonymous());
    }

    public String getName() {
        return current().displayName();
    }

    public boolean isSecretariat() {
        return current().is(Role.SECRETARIAT);
    }

    public boolean isMember() {
        return current().is(Role.MEMBER);
    }
}
