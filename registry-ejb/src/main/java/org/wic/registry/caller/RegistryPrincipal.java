package org.wic.registry.caller;

import jakarta.security.enterprise.CallerPrincipal;

/** The authenticated caller, as Jakarta Security carries it through the request. */
public class RegistryPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final transient Caller caller;

    public RegistryPrincipal(Caller caller) {
        super(caller.id());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
