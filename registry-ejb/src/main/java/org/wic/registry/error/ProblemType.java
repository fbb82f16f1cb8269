package org.wic.registry.error;

import java.net.URI;

/**
 * The problem types this API defines beyond plain HTTP statuses (which use {@code about:blank}
 * with the status phrase as title, as RFC 9457 §4.2.1 says). Documented in docs/api-conventions.md; each {@link RegistryException} names its own.
 */
public enum ProblemType {

    INVALID_INPUT("invalid-input", "Invalid input"),
    MALFORMED_JSON("malformed-json", "Malformed JSON"),
    CONFLICT("conflict", "Conflict"),
    INVALID_TRANSITION("invalid-transition", "Not possible in the current state"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused");

    private final URI uri;
    private final String title;

    ProblemType(String name, String title) {
        this.uri = URI.create("urn:wic:registry:problem:" + name);
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }
}
