package org.wic.registry.api.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The examples of the document, kept in META-INF/openapi-examples.json so that the resources stay
 * readable, and written in place, where tools and readers look for them:
 * <ul>
 *   <li>an answer documented with a schema class and no example of its own gets the example named
 *       after that schema ({@code @Schema(name = "Tier")} on TierResponse: "Tier");</li>
 *   <li>{@code @ExampleObject(externalValue = "ApproveApplication")} names another one (not
 *       {@code ref}: Payara drops an example's ref when it merges the annotations).</li>
 * </ul>
 */
final class SharedExamples {

    private static final String FILE = "/META-INF/openapi-examples.json";
    private static final String JSON = "application/json";

    private SharedExamples() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Object> shared = all();
        Operations.each(openAPI, (path, httpMethod, operation) -> {
            ResourceMethods.of(operation.getOperationId()).ifPresent(method -> bySchema(operation, method, shared));
            Optional.ofNullable(operation.getRequestBody()).map(RequestBody::getContent).ifPresent(content -> inline(content, shared));
            Optional.ofNullable(operation.getResponses()).ifPresent(responses -> responses.getAPIResponses().values()
                    .forEach(response -> Optional.ofNullable(response.getContent()).ifPresent(content -> inline(content, shared))));
        });
    }

    /** The examples named after the schemas of the method's success answers, where the answer has none of its own. */
    private static void bySchema(Operation operation, Method method, Map<String, Object> shared) {
        for (var documented : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            APIResponse response = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse(documented.responseCode());
            if (!documented.responseCode().startsWith("2") || response == null || response.getContent() == null) {
                continue;
            }
            for (var content : documented.content()) {
                MediaType json = response.getContent().getMediaType(JSON);
                Optional<String> schema = schemaName(content.schema());
                if (content.examples().length > 0 || schema.isEmpty() || json == null || json.getExamples() != null && !json.getExamples().isEmpty()) {
                    continue;
                }
                String name = schema.get();
                Map<String, Example> examples = new LinkedHashMap<>();
                examples.put(Character.toLowerCase(name.charAt(0)) + name.substring(1), OASFactory.createExample().value(named(name, shared)));
                json.setExamples(examples);
            }
        }
    }

    /** The name of the schema an answer's content names: by reference, or by its class (the class's schema name). */
    static Optional<String> schemaName(Schema schema) {
        if (!schema.ref().isEmpty()) {
            return Optional.of(schema.ref());
        }
        Class<?> type = schema.implementation();
        return type == Void.class ? Optional.empty() : Optional.of(Optional.ofNullable(type.getAnnotation(Schema.class)).map(Schema::name)
                .filter(name -> !name.isEmpty()).orElse(type.getSimpleName()));
    }

    private static void inline(Content content, Map<String, Object> shared) {
        for (MediaType mediaType : content.getMediaTypes().values()) {
            if (mediaType.getExamples() == null) {
                continue;
            }
            Map<String, Example> examples = new LinkedHashMap<>();
            mediaType.getExamples().forEach((name, example) -> examples.put(name, example.getExternalValue() == null || example.getValue() != null
                    ? example : OASFactory.createExample().value(named(example.getExternalValue(), shared))));
            mediaType.setExamples(examples);
        }
    }

    static Map<String, Object> all() {
        try (InputStream in = SharedExamples.class.getResourceAsStream(FILE); JsonReader reader = Json.createReader(in)) {
            JsonObject examples = reader.readObject();
            Map<String, Object> plain = new LinkedHashMap<>();
            examples.forEach((name, value) -> plain.put(name, OpenApiCorrections.plain(value)));
            return plain;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalStateException for a name the file does not hold: a resource refers to an example that is not there */
    static Object named(String name, Map<String, Object> examples) {
        Object found = examples.get(name);
        if (found == null) {
            throw new IllegalStateException("No example " + name + " in " + FILE);
        }
        return found;
    }
}
