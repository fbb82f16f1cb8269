package org.wic.registry.api.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B configuration of the API. An unknown property in a request is an error, not
 * silently dropped: a typo or a field the caller may not set (mass assignment) gets a 400.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    /** Yasson's switch (Payara's JSON-B implementation); JSON-B itself has no standard one. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(config());

    public static JsonbConfig config() {
        return new JsonbConfig()
                .withNullValues(false)
                .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    /** The shared instance, also for code outside JAX-RS (the error page). */
    public static Jsonb jsonb() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
