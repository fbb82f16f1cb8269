package org.wic.registry.api.security;

import jakarta.security.enterprise.credential.Credential;

/** The value of an {@code X-API-Key} header. */
public record ApiKeyCredential(String key) implements Credential {

    @Override
    public String toString() {
        return "ApiKeyCredential[…]"; // never the key
    }
}
