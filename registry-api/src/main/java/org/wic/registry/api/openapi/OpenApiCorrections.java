package org.wic.registry.api.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.wic.registry.api.RegistryApplication;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private static final String TRACKING_TOKEN_HEADER = "X-Tracking-Token";
    private static final String PDF = "application/pdf";
    private static final String MERGE_PATCH = "application/merge-patch+json";

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
        if (example.getValue() instanceof String text) {
            parsed(text).ifPresent(example::setValue);
        }
    }

    /** JSON written as text (an object or an array), as the value it stands for; empty when it is no such JSON. */
    static Optional<Object> parsed(String text) {
        if (!text.strip().startsWith("{") && !text.strip().startsWith("[")) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return Optional.ofNullable(plain(reader.readValue()));
        } catch (JsonException notJson) {
            return Optional.empty(); // leave the text as written
        }
    }

    /** JSON-P values as the plain maps, lists and scalars the document writer knows. */
    static Object plain(JsonValue value) {
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
        if (tags != null) {
            Map<String, Tag> unique = new LinkedHashMap<>();
            for (Tag tag : tags) {
                unique.merge(tag.getName(), tag, (kept, repeated) -> kept.getDescription() != null ? kept : repeated);
            }
            openAPI.setTags(new ArrayList<>(unique.values()));
        }
        dropEndpointList(openAPI);
        pathsFromTheServerRoot(openAPI);
        pdfIsBinary(openAPI);
        mergePatchesAreObjects(openAPI);
        anonymousReadsSaySo(openAPI);
        NamedSchemas.apply(openAPI);
        TypedValues.apply(openAPI);
        SharedExamples.apply(openAPI);
        queryParametersAreText(openAPI);
        describeServers(openAPI);
        OperationDescriptions.apply(openAPI);
        ParameterDocs.apply(openAPI);
        OperationsFromMethods.apply(openAPI);
        anonymousWritesSaySo(openAPI);
        StandardResponses.apply(openAPI);
        ResponseHeaders.apply(openAPI);
        DocumentLimits.apply(openAPI);
    }

    /**
     * Payara writes the paths relative to this WAR's context root ({@code /v1/countries}) and names the
     * context root in each server ({@code http://host:8080/api}). The document has always given them
     * from the server's root ({@code /api/v1/countries}), as partners and the checks read them: said
     * so again, the servers being the registry's roots.
     */
    private static void pathsFromTheServerRoot(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths != null && paths.getPathItems() != null) {
            Map<String, PathItem> relative = new LinkedHashMap<>(paths.getPathItems());
            relative.keySet().stream().filter(path -> !path.startsWith(RegistryApplication.CONTEXT_ROOT + "/")).forEach(path -> {
                paths.removePathItem(path);
                paths.addPathItem(RegistryApplication.CONTEXT_ROOT + path, relative.get(path));
            });
        }
        Optional.ofNullable(openAPI.getServers()).ifPresent(servers -> servers.forEach(server -> {
            if (server.getUrl() != null && server.getUrl().endsWith(RegistryApplication.CONTEXT_ROOT)) {
                server.setUrl(server.getUrl().substring(0, server.getUrl().length() - RegistryApplication.CONTEXT_ROOT.length()));
            }
        }));
    }

    /**
     * Payara 6.2025.10 adds an "endpoints" member to the document, which OpenAPI does not have (later
     * Payara versions name it x-endpoints); its setter is Payara's own, hence the reflection.
     */
    private static void dropEndpointList(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new java.util.HashMap<String, java.util.Set<String>>());
        } catch (ReflectiveOperationException noSuchMember) {
            // another implementation: nothing to drop
        }
    }

    /**
     * Payara writes the PDF answers' {@code type: string, format: binary} schema with another
     * record's properties and without its format: written again as it is annotated.
     */
    private static void pdfIsBinary(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> Optional.ofNullable(operation.getResponses())
                .map(responses -> responses.getAPIResponses()).ifPresent(responses -> responses.values().stream()
                        .filter(response -> response.getContent() != null && response.getContent().getMediaType(PDF) != null)
                        .forEach(response -> response.getContent().getMediaType(PDF)
                                .setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")))));
    }

    /**
     * A merge patch is read as text by the resource (to tell a field set to null from one left out)
     * but is a JSON object of the fields to change, null removing one (RFC 7396).
     */
    private static void mergePatchesAreObjects(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> Optional.ofNullable(operation.getRequestBody())
                .map(body -> body.getContent()).map(content -> content.getMediaType(MERGE_PATCH))
                .ifPresent(patch -> {
                    patch.setSchema(OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(true)
                            .description("The fields to change with their new values; null removes an optional one (RFC 7396)"));
                    Optional.ofNullable(patch.getExamples()).ifPresent(examples -> examples.values().forEach(OpenApiCorrections::parseJsonValue));
                }));
    }

    /**
     * A read open to everyone that also names the schemes of signed-in callers (who see more) says
     * that no credentials are needed too: the empty requirement beside them.
     */
    private static void anonymousReadsSaySo(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> {
            boolean open = ResourceMethods.of(operation.getOperationId()).filter(resource -> resource.isAnnotationPresent(PermitAll.class)).isPresent();
            if (method == PathItem.HttpMethod.GET && open && operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                    && operation.getSecurity().stream().noneMatch(requirement -> requirement.getSchemes() == null || requirement.getSchemes().isEmpty())) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
            }
        });
    }

    /**
     * Every query parameter of this API is read as text; one documented only by name gets that schema.
     * An empty one ({@code ?limit=}) counts as absent, as an HTML form sends an unused field.
     */
    private static void queryParametersAreText(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> Operations.parameters(operation).stream()
                .filter(parameter -> parameter.getRef() == null && parameter.getIn() == Parameter.In.QUERY)
                .forEach(OpenApiCorrections::queryParameter));
        Optional.ofNullable(openAPI.getComponents()).map(components -> components.getParameters())
                .ifPresent(shared -> shared.values().stream().filter(parameter -> parameter.getIn() == Parameter.In.QUERY)
                        .forEach(OpenApiCorrections::queryParameter));
    }

    private static void queryParameter(Parameter parameter) {
        if (parameter.getSchema() == null) {
            parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        }
        parameter.setAllowEmptyValue(true);
    }

    /** Payara lists the server's own listeners; say what they are for. */
    private static void describeServers(OpenAPI openAPI) {
        Optional.ofNullable(openAPI.getServers()).ifPresent(servers -> servers.forEach(server -> {
            server.setDescription("This registry as it answered the request for this document (local development over http; "
                    + "production serves it over TLS behind its public address)");
            server.addExtension("x-internal", false);
        }));
    }

    /**
     * Submitting an application needs no credentials: said explicitly, as the empty requirement. What
     * an applicant does with its tracking token is done under that token.
     */
    private static void anonymousWritesSaySo(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> {
            boolean unsecured = operation.getSecurity() == null || operation.getSecurity().isEmpty();
            if (Operations.takesHeader(operation, TRACKING_TOKEN_HEADER)) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(RegistryApplication.TRACKING_TOKEN_SCHEME));
            } else if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && unsecured) {
                operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
            }
        });
    }
}
