package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.limits.QueryLengthFilter;
import org.wic.registry.api.limits.RateLimitFilter;
import org.wic.registry.idempotency.IdempotencyKey;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What the server enforces, written into the document where Payara's generator leaves it out:
 * every string's longest length, every array's most items, every integer's range and size, the
 * rate-limit headers on every answer and the Idempotent-Replayed header of idempotent creations.
 * The lengths are the ones the services check and the database columns hold; a name the table does
 * not know gets the longest free text the registry keeps. (The answers every operation gives, 429,
 * 413 and 403 included, are {@link StandardResponses}'.)
 */
final class DocumentLimits {

    /** The longest free text any field holds (an application's motivation and answer). */
    static final int LONGEST_TEXT = 5000;
    /** REGISTRY_MAX_IMPORT_BYTES' default: the largest CSV file the import reads. */
    private static final int LARGEST_FILE = 50 * 1024 * 1024;
    private static final Map<String, Integer> STRING_LENGTHS = Map.ofEntries(
            Map.entry("legalName", 200), Map.entry("displayName", 200), Map.entry("memberName", 200), Map.entry("website", 200),
            Map.entry("description", 2000), Map.entry("motivation", 5000), Map.entry("response", 5000), Map.entry("informationResponse", 5000),
            Map.entry("informationRequest", 2000), Map.entry("message", 2000), Map.entry("note", 2000), Map.entry("reason", 2000),
            Map.entry("closeReason", 2000), Map.entry("reversalReason", 2000), Map.entry("failure", 2000), Map.entry("detail", 2000),
            Map.entry("error", 500), Map.entry("name", 120), Map.entry("title", 120), Map.entry("email", 254), Map.entry("phone", 40),
            Map.entry("street", 300), Map.entry("city", 100), Map.entry("region", 100), Map.entry("postalCode", 20),
            Map.entry("reference", 200), Map.entry("url", 2000), Map.entry("username", 50), Map.entry("password", 128),
            Map.entry("currentPassword", 128), Map.entry("newPassword", 128), Map.entry("key", 100), Map.entry("secret", 100),
            Map.entry("trackingToken", 100), Map.entry("prefix", 20), Map.entry("number", 12), Map.entry("memberNumber", 12),
            Map.entry("invoiceNumber", 12), Map.entry("numbers", 12), Map.entry("country", 3), Map.entry("alpha2", 2), Map.entry("alpha3", 3),
            Map.entry("numeric", 3), Map.entry("continent", 2), Map.entry("currency", 3), Map.entry("value", 40), Map.entry("code", 40),
            Map.entry("tier", 40), Map.entry("requestedTier", 40), Map.entry("cursor", 500), Map.entry("nextCursor", 500),
            Map.entry("lastCursor", 20), Map.entry("Cursor", 500), Map.entry("id", 40), Map.entry("erasureId", 40),
            Map.entry("instance", 100), Map.entry("type", 100), Map.entry("field", 200), Map.entry("action", 60),
            Map.entry("actor", 120), Map.entry("by", 120), Map.entry("createdBy", 120), Map.entry("revokedBy", 120),
            Map.entry("startedBy", 120), Map.entry("owner", 120), Map.entry("entityType", 40), Map.entry("entityId", 120),
            Map.entry("role", 20), Map.entry("roles", 20), Map.entry("kind", 30), Map.entry("status", 30), Map.entry("currentStatus", 30),
            Map.entry("category", 20), Map.entry("categories", 20), Map.entry("method", 20), Map.entry("event", 40), Map.entry("events", 40),
            Map.entry("allowedActions", 40), Map.entry("suspended", 12), Map.entry("from", 40), Map.entry("to", 40),
            Map.entry("parameters", 200));
    /** Most items of a list: a page holds at most 200 (the change feed 500); a member's lists are short. */
    private static final Map<String, Integer> ARRAY_ITEMS = Map.ofEntries(
            Map.entry("items", 500), Map.entry("categories", 4), Map.entry("events", 4), Map.entry("roles", 3), Map.entry("allowedActions", 10),
            Map.entry("possibleDuplicates", 20), Map.entry("contacts", 1000), Map.entry("errors", 1000), Map.entry("numbers", 200_000),
            Map.entry("suspended", 200_000), Map.entry("history", 1000), Map.entry("currencies", 200), Map.entry("totals", 200),
            Map.entry("balances", 200), Map.entry("entries", 100_000), Map.entry("payments", 10_000), Map.entry("accounts", 10_000),
            Map.entry("applications", 10_000), Map.entry("auditEvents", 100_000));
    private static final int MOST_ITEMS = 1000;
    private static final Map<String, long[]> INTEGER_RANGES = Map.of(
            "year", new long[] {2000, 2100}, "Limit", new long[] {1, 500}, "limit", new long[] {1, 500}, "status", new long[] {100, 599},
            "responseStatus", new long[] {100, 599}, "graceDays", new long[] {0, 3650}, "line", new long[] {1, 200_000},
            "attempts", new long[] {0, 100});

    private DocumentLimits() {
    }

    static void apply(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components != null) {
            Optional.ofNullable(components.getSchemas()).ifPresent(schemas -> schemas.forEach((name, schema) -> limit(schema, name)));
            Optional.ofNullable(components.getParameters()).ifPresent(parameters -> parameters.forEach((name, parameter) -> limit(parameter, name)));
            Optional.ofNullable(components.getResponses()).ifPresent(responses -> responses.values().forEach(DocumentLimits::limit));
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(path -> Optional.ofNullable(path.getParameters())
                    .ifPresent(parameters -> parameters.forEach(parameter -> limit(parameter, parameter.getName()))));
        }
        Operations.each(openAPI, (path, method, operation) -> {
            Operations.parameters(operation).forEach(parameter -> limit(parameter, parameter.getName()));
            Optional.ofNullable(operation.getRequestBody()).map(RequestBody::getContent).ifPresent(content -> limit(content, null));
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().forEach(DocumentLimits::limit);
            if (Operations.takesHeader(operation, IdempotencyKey.HEADER)) {
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getRef() == null) {
                        header(response, IdempotentCreations.REPLAYED_HEADER, "true when this is the first answer to the same request, given again",
                                OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN));
                    }
                });
            }
        });
    }

    private static void limit(Parameter parameter, String name) {
        Schema declared = parameter.getSchema();
        if (parameter.getRef() == null && parameter.getIn() == Parameter.In.PATH && declared != null
                && (declared.getType() == Schema.SchemaType.NUMBER || declared.getType() == Schema.SchemaType.INTEGER)) {
            // a path is text: a record's number there is a string of digits (what the registry reads as its id)
            parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^[1-9][0-9]{0,18}$").maxLength(19));
            parameter.setExample(parameter.getExample() == null ? null : String.valueOf(parameter.getExample()));
        }
        if (parameter.getRef() == null && parameter.getIn() == Parameter.In.QUERY && parameter.getSchema() != null
                && parameter.getSchema().getType() == Schema.SchemaType.STRING && empty(parameter.getSchema().getEnumeration())
                && parameter.getSchema().getMaxLength() == null) {
            parameter.getSchema().setMaxLength(QueryLengthFilter.LONGEST_VALUE); // what the server refuses beyond
        }
        if (parameter.getRef() == null && parameter.getSchema() != null) {
            limit(parameter.getSchema(), name);
            parameter.setExample(typed(parameter.getExample(), parameter.getSchema()));
        }
    }

    /** An answer: its content's schemas, and the headers every answer carries. */
    private static void limit(APIResponse response) {
        if (response.getRef() != null) {
            return; // the component it refers to gets them
        }
        Optional.ofNullable(response.getContent()).ifPresent(content -> limit(content, null));
        Optional.ofNullable(response.getHeaders()).ifPresent(headers -> headers.values().forEach(header -> {
            if (header.getRef() == null && header.getSchema() == null && (header.getContent() == null || empty(header.getContent().getMediaTypes()))) {
                header.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(100));
            }
        }));
        header(response, RateLimitFilter.LIMIT, "Requests a minute this caller may make", integer(0, 1_000_000));
        header(response, RateLimitFilter.REMAINING, "Requests left in the current minute", integer(0, 1_000_000));
        header(response, RateLimitFilter.RESET, "Seconds until the caller's allowance is whole again", integer(0, 3600));
        header(response, "Access-Control-Allow-Origin", "Any site may read the answers of requests made without credentials",
                OASFactory.createSchema().type(Schema.SchemaType.STRING).addEnumeration("*").maxLength(1));
    }

    /** Adds the header to the answer unless it names it already (in any case). */
    static void header(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() == null || response.getHeaders().keySet().stream().noneMatch(name::equalsIgnoreCase)) {
            Header header = OASFactory.createHeader().description(description).schema(schema);
            response.addHeader(name, header);
        }
    }

    private static void limit(Content content, String name) {
        content.getMediaTypes().forEach((type, mediaType) -> {
            if (type.equals("text/csv")) {
                // a CSV file is text, not the object Payara makes of the InputStream it is read from
                mediaType.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(LARGEST_FILE));
            }
            Optional.ofNullable(mediaType.getSchema()).ifPresent(schema -> limit(schema, name));
        });
    }

    /** The table's entry for a property's name; an unnamed schema (a body, an answer) gets the default. */
    private static <T> T known(Map<String, T> table, String name, T fallback) {
        return name == null ? fallback : table.getOrDefault(name, fallback);
    }

    private static boolean empty(Object collection) {
        return collection == null || collection instanceof java.util.Collection<?> list && list.isEmpty()
                || collection instanceof Map<?, ?> map && map.isEmpty();
    }

    /** One schema and what it contains, by the name of the property (or parameter) it describes. */
    static void limit(Schema schema, String name) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (schema.getType() == Schema.SchemaType.NUMBER) {
            schema.setType(Schema.SchemaType.INTEGER); // the registry has no fractional numbers: money is a decimal string
        }
        if (schema.getType() == Schema.SchemaType.OBJECT && empty(schema.getProperties()) && schema.getAdditionalPropertiesSchema() == null
                && schema.getAdditionalPropertiesBoolean() == null && name != null) {
            openObject(schema, name);
        }
        schema.setExample(typed(schema.getExample(), schema));
        switch (schema.getType() == null ? Schema.SchemaType.OBJECT : schema.getType()) {
            case STRING -> {
                if (schema.getMaxLength() == null) {
                    schema.setMaxLength(empty(schema.getEnumeration()) ? known(STRING_LENGTHS, name, LONGEST_TEXT)
                            : schema.getEnumeration().stream().mapToInt(value -> String.valueOf(value).length()).max().orElse(1));
                }
            }
            case INTEGER -> {
                long[] range = known(INTEGER_RANGES, name, new long[] {0, Long.MAX_VALUE});
                if (schema.getFormat() == null) {
                    schema.setFormat(range[1] > Integer.MAX_VALUE ? "int64" : "int32");
                }
                if (schema.getMinimum() == null) {
                    schema.setMinimum(BigDecimal.valueOf(range[0]));
                }
                if (schema.getMaximum() == null) {
                    schema.setMaximum(BigDecimal.valueOf(range[1]));
                }
            }
            case ARRAY -> {
                Schema items = schema.getItems();
                if (items == null || items.getRef() == null && items.getType() == Schema.SchemaType.ARRAY && items.getItems() == null) {
                    schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.STRING)); // List<String>, which Payara writes as a list of lists
                }
                if (schema.getMaxItems() == null) {
                    schema.setMaxItems(known(ARRAY_ITEMS, name, MOST_ITEMS));
                }
                limit(schema.getItems(), name);
            }
            default -> {
                Optional.ofNullable(schema.getProperties()).ifPresent(properties -> properties.forEach((property, value) -> limit(value, property)));
                Optional.ofNullable(schema.getAllOf()).ifPresent(parts -> parts.forEach(part -> limit(part, name)));
            }
        }
    }

    /**
     * What Payara writes as an object without properties: instants and dates (ISO-8601 strings in the
     * JSON), the figures by continent, country, … (counts by key), and free-form JSON (an audit
     * event's changes, a feed event's public fields).
     */
    private static void openObject(Schema schema, String name) {
        boolean date = name.endsWith("On") || name.equals("date");
        if (date || name.endsWith("At") || name.equals("at")) {
            schema.setType(Schema.SchemaType.STRING);
            schema.setFormat(date ? "date" : "date-time");
            schema.setMaxLength(date ? 10 : 35);
            if (schema.getExample() instanceof String || schema.getExample() == null) {
                schema.setExample(date ? "2026-11-23" : "2026-11-23T10:15:30Z");
            }
        } else if (name.startsWith("by")) {
            schema.setAdditionalPropertiesSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64")
                    .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Long.MAX_VALUE)));
            schema.setMaxProperties(MOST_ITEMS);
        } else {
            schema.setAdditionalPropertiesBoolean(Boolean.TRUE);
        }
    }

    /** An example written as text in an annotation, as the value its schema's type says. */
    private static Object typed(Object example, Schema schema) {
        if (!(example instanceof String text) || schema.getType() == null) {
            return example;
        }
        try {
            return switch (schema.getType()) {
                case INTEGER -> Long.valueOf(text.strip());
                case BOOLEAN -> Boolean.valueOf(text.strip());
                case ARRAY, OBJECT -> OpenApiCorrections.parsed(text).orElse(example);
                default -> example;
            };
        } catch (NumberFormatException notANumber) {
            return example;
        }
    }

    private static Schema integer(long minimum, long maximum) {
        return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.valueOf(minimum))
                .maximum(BigDecimal.valueOf(maximum));
    }
}
