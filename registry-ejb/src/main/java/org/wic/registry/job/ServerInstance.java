package org.wic.registry.job;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * This instance as a lease holder: Payara's instance name (the DAS and a lone server are
 * {@code server}) and an id of this start, so that a restarted instance does not mistake the lease
 * of its previous life for its own.
 */
@ApplicationScoped
public class ServerInstance {

    private final String id = System.getProperty("com.sun.aas.instanceName", "server") + "/" + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }
}
