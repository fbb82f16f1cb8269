package org.wic.registry.api.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.RegistryPrincipal;

/** The caller of the current request, for {@code @Inject Caller}: anonymous when nobody signed in. */
@RequestScoped
public class CurrentCaller {

    @Inject
    private SecurityContext security;

    @Produces
    Caller caller() {
        return security.getPrincipalsByType(RegistryPrincipal.class).stream()
                .findFirst()
                .map(RegistryPrincipal::caller)
                .orElse(Caller.anonymous());
    }
}
