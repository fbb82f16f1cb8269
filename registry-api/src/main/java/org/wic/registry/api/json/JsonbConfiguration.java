package org.wic.registry.api.json;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.util.Locale;

/**
 * The one JSON-B configuration of the API. An unknown property in a request is an error, not
 * silently dropped: a typo or a field the caller may not set (mass assignment) gets a 400. A text
 * field takes a JSON string only: Yasson would turn {@code 123} or {@code true} into text, accepting
 * what the OpenAPI document says is wrong.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    /** Yasson's switch (Payara's JSON-B implementation); JSON-B itself has no standard one. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private static final Jsonb JSONB = JsonbBuilder.create(config());

    public static JsonbConfig config() {
        return new JsonbConfig()
                .withNullValues(false)
                .withDeserializers(new TextOnly())
                .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    /** A string from a JSON string, and from nothing else. */
    static final class TextOnly implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new JsonbException("Expected text (a JSON string), found " + value.getValueType().name().toLowerCase(Locale.ROOT));
            }
            return ((JsonString) value).getString();
        }
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
