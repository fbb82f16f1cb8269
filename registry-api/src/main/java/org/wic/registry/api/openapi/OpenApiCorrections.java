package org.wic.registry.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Corrects what Payara's OpenAPI generator gets wrong (registered as {@code mp.openapi.filter}):
 * it copies every default of a {@code @Schema} annotation into the document, and some of those
 * defaults change the meaning ({@code maxProperties: 0} allows no property at all); it marks path
 * parameters optional, which OpenAPI forbids, and puts {@code required} beside a parameter's
 * {@code $ref}; and it repeats a tag once per class that uses it.
 * And it writes the JSON of an {@code @ExampleObject} as one string, so examples are parsed back
 * into JSON here.
 */
public class OpenApiCorrections implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        dropDefault(schema.getMaxProperties(), 0, schema::setMaxProperties);
        dropDefault(schema.getMinProperties(), 0, schema::setMinProperties);
        dropDefault(schema.getMinLength(), 0, schema::setMinLength);
        dropDefault(schema.getExclusiveMaximum(), false, schema::setExclusiveMaximum);
        dropDefault(schema.getExclusiveMinimum(), false, schema::setExclusiveMinimum);
        dropDefault(schema.getUniqueItems(), false, schema::setUniqueItems);
        dropDefault(schema.getNullable(), false, schema::setNullable);
        dropDefault(schema.getReadOnly(), false, schema::setReadOnly);
        dropDefault(schema.getWriteOnly(), false, schema::setWriteOnly);
        dropDefault(schema.getDeprecated(), false, schema::setDeprecated);
        return schema;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        dropDefault(operation.getDeprecated(), false, operation::setDeprecated);
        return operation;
    }

    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        if (response.getContent() != null) {
            for (MediaType mediaType : response.getContent().getMediaTypes().values()) {
                if (mediaType.getExamples() != null) {
                    mediaType.getExamples().values().forEach(OpenApiCorrections::parseJsonValue);
                }
            }
        }
        return response;
    }

    private static void parseJsonValue(Example example) {
        if (example.getValue() instanceof String text && (text.strip().startsWith("{") || text.strip().startsWith("["))) {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                example.setValue(plain(reader.readValue()));
            } catch (JsonException notJson) {
                // leave the text as written
            }
        }
    }

    /** JSON-P values as the plain maps, lists and scalars the document writer knows. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                var map = new LinkedHashMap<String, Object>();
                value.asJsonObject().forEach((key, member) -> map.put(key, plain(member)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(OpenApiCorrections::plain).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).numberValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getRef() != null) {
            parameter.setRequired(null); // a reference carries nothing beside it
        } else if (parameter.getIn() == Parameter.In.PATH) {
            parameter.setRequired(true);
        }
        dropDefault(parameter.getDeprecated(), false, parameter::setDeprecated);
        dropDefault(parameter.getAllowEmptyValue(), false, parameter::setAllowEmptyValue);
        dropDefault(parameter.getAllowReserved(), false, parameter::setAllowReserved);
        return parameter;
    }

    /** An attribute Payara filled with the annotation's default is removed, as if never written. */
    private static <T> void dropDefault(T value, T annotationDefault, Consumer<T> setter) {
        if (annotationDefault.equals(value)) {
            setter.accept(null);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Tag> tags = openAPI.getTags();
        if (tags == null) {
            return;
        }
        Map<String, Tag> unique = new LinkedHashMap<>();
        for (Tag tag : tags) {
            unique.merge(tag.getName(), tag, (kept, repeated) -> kept.getDescription() != null ? kept : repeated);
        }
        openAPI.setTags(new ArrayList<>(unique.values()));
    }
}
