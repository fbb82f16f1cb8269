package org.wic.registry.api.json;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ProcessingException;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON merge patch (RFC 7396, {@code application/merge-patch+json}) into plain Java for
 * the services: names in order, {@code null} for "remove", strings, booleans, numbers, lists, and
 * maps for nested objects. The services decide which names and values they take.
 */
public final class MergePatches {

    /** Found once: {@code Json.create…} looks the provider up on every call, which costs more than the JSON. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private MergePatches() {
    }

    /** @throws ProcessingException (a 400 problem) unless the body is one JSON object */
    public static Map<String, Object> read(String body) {
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new ProcessingException("The merge patch is not JSON", e);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProcessingException("A merge patch here is a JSON object of the fields to change");
        }
        return map(value.asJsonObject());
    }

    private static Map<String, Object> map(JsonObject object) {
        Map<String, Object> fields = new LinkedHashMap<>();
        object.forEach((name, value) -> fields.put(name, java(value)));
        return fields;
    }

    private static Object java(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NUMBER -> ((JsonNumber) value).bigDecimalValue();
            case ARRAY -> value.asJsonArray().stream().map(MergePatches::java).toList();
            case OBJECT -> map(value.asJsonObject());
        };
    }
}
