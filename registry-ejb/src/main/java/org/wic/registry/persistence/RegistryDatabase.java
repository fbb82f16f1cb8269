package org.wic.registry.persistence;

/**
 * Where the registry finds its database. The server (not the application) defines the resource,
 * so the same EAR runs on the embedded H2 database or on PostgreSQL without a rebuild.
 */
public final class RegistryDatabase {

    public static final String JNDI_NAME = "jdbc/registry";

    private RegistryDatabase() {
    }
}
