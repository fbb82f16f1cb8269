package org.wic.registry.audit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields a change touched, each with its value before and after ({@code null} for none),
 * written as {@code {"field": {"before": …, "after": …}}}. Secrets are never put here: a changed
 * password is an action of its own, with no values.
 */
public final class Changes {

    /** Found once: {@code Json.create…} looks the provider up on every call, which costs more than the JSON. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final Map<String, Object[]> fields = new LinkedHashMap<>();

    private Changes() {
    }

    public static Changes none() {
        return new Changes();
    }

    /** A field that came into being with the entity. */
    public static Changes created(String field, Object value) {
        return none().set(field, value);
    }

    /** Adds a field set on creation (before: null). */
    public Changes set(String field, Object value) {
        return field(field, null, value);
    }

    /** Adds a field that changed; an unchanged one is left out. */
    public Changes field(String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.put(field, new Object[] {before, after});
        }
        return this;
    }

    /** Whether any of these fields changed. */
    public boolean touchesAny(Set<String> names) {
        return names.stream().anyMatch(fields::containsKey);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        fields.forEach((field, values) -> json.add(field, JSON.createObjectBuilder()
                .add("before", value(values[0]))
                .add("after", value(values[1]))));
        return json.build().toString();
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean flag) {
            return flag ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal);
        }
        // enums, instants, dates, value objects: their ISO or canonical text
        return JSON.createValue(value.toString());
    }
}
