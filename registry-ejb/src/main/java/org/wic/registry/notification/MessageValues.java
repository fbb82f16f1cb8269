package org.wic.registry.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The named values a message's texts refer to as {name}, as of the change: kept with the outbox row as JSON. */
public final class MessageValues {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static MessageValues of(String name, Object value) {
        return new MessageValues().with(name, value);
    }

    /** Adds a value; an absent one (null or empty Optional) is left out. */
    public MessageValues with(String name, Object value) {
        Object plain = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (plain != null) {
            values.put(name, plain.toString());
        }
        return this;
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(values);
    }

    String toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder();
        values.forEach(json::add);
        return json.build().toString();
    }

    static MessageValues fromJson(String text) {
        var read = new MessageValues();
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            json.forEach((name, value) -> read.values.put(name, ((JsonString) value).getString()));
        }
        return read;
    }
}
