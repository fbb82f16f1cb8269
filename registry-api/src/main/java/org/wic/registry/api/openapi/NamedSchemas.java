package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Payara writes a copy of a record's schema wherever a response, a request or a field uses it, even
 * when the record has a name in {@code components/schemas}. A client generated from such a document
 * gets a class per copy ({@code GetMember200Response} beside {@code Member}). Here each copy that is,
 * field for field, a named schema becomes a {@code $ref} to it, so the document names each shape once.
 */
final class NamedSchemas {

    private NamedSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        listsOfTextAsSuch(openAPI);
        // a copy may hold a reference where the named schema holds another copy: again until nothing changes
        boolean replaced;
        do {
            replaced = referenceCopies(openAPI) > 0;
        } while (replaced);
    }

    /**
     * Payara writes a {@code List<String>} field as a list of lists in one place and as a list of
     * strings in another; a list of lists without items is a list of strings.
     */
    private static void listsOfTextAsSuch(OpenAPI openAPI) {
        var replacements = new ArrayList<Runnable>();
        ChildVisitor repair = new ChildVisitor() {
            @Override
            public void visit(Schema schema, Consumer<Schema> replace) {
                Schema items = schema.getItems();
                if (schema.getType() == Schema.SchemaType.ARRAY && items != null && items.getRef() == null
                        && items.getType() == Schema.SchemaType.ARRAY && items.getItems() == null) {
                    replacements.add(() -> schema.setItems(OASFactory.createSchema().type(Schema.SchemaType.STRING)));
                }
                children(schema, this);
            }
        };
        openAPI.getComponents().getSchemas().values().forEach(named -> children(named, repair));
        Operations.each(openAPI, (path, method, operation) -> contents(operation).forEach(content -> content.getMediaTypes().values()
                .stream().filter(mediaType -> mediaType.getSchema() != null)
                .forEach(mediaType -> repair.visit(mediaType.getSchema(), mediaType::setSchema))));
        replacements.forEach(Runnable::run);
    }

    /** One pass: how many copies became references. */
    private static int referenceCopies(OpenAPI openAPI) {
        Map<String, String> namesByShape = uniqueNamesByShape(openAPI.getComponents().getSchemas());
        // found first, replaced after: Payara may share one copy between several places
        var replacements = new ArrayList<Runnable>();
        openAPI.getComponents().getSchemas().values().forEach(named -> children(named, (child, replace) ->
                collect(child, replace, namesByShape, replacements)));
        Operations.each(openAPI, (path, method, operation) -> contents(operation).forEach(content ->
                content.getMediaTypes().values().stream().filter(mediaType -> mediaType.getSchema() != null)
                        .forEach(mediaType -> collect(mediaType.getSchema(), mediaType::setSchema, namesByShape, replacements))));
        replacements.forEach(Runnable::run);
        return replacements.size();
    }

    /** Each named schema by its shape; a shape two names share is left as it is written. */
    private static Map<String, String> uniqueNamesByShape(Map<String, Schema> named) {
        var names = new HashMap<String, List<String>>();
        named.forEach((name, schema) -> {
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                names.computeIfAbsent(shape(schema), shape -> new ArrayList<>()).add(name);
            }
        });
        var unique = new HashMap<String, String>();
        names.forEach((shape, withShape) -> {
            if (withShape.size() == 1) {
                unique.put(shape, withShape.get(0));
            }
        });
        return unique;
    }

    /** The operation's request and answer bodies. */
    private static List<Content> contents(Operation operation) {
        var contents = new ArrayList<Content>();
        if (operation.getRequestBody() != null) {
            contents.add(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> contents.add(response.getContent()));
        }
        contents.removeIf(content -> content == null || content.getMediaTypes() == null);
        return contents;
    }

    /** A copy of a named schema is replaced by a reference; anything else is looked into. */
    private static void collect(Schema schema, Consumer<Schema> replace, Map<String, String> namesByShape, List<Runnable> replacements) {
        if (schema.getRef() != null) {
            return;
        }
        Optional<String> name = Optional.ofNullable(namesByShape.get(shape(schema)));
        if (name.isPresent()) {
            replacements.add(() -> replace.accept(OASFactory.createSchema().ref(name.get())));
        } else {
            children(schema, (child, replaceChild) -> collect(child, replaceChild, namesByShape, replacements));
        }
    }

    /** A schema's fields, list items and map values, each with how to put another in its place. */
    private static void children(Schema schema, ChildVisitor visitor) {
        if (schema.getProperties() != null) {
            new TreeMap<>(schema.getProperties()).forEach((field, child) ->
                    visitor.visit(child, replacement -> schema.addProperty(field, replacement)));
        }
        if (schema.getItems() != null) {
            visitor.visit(schema.getItems(), schema::setItems);
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            visitor.visit(schema.getAdditionalPropertiesSchema(), schema::setAdditionalPropertiesSchema);
        }
    }

    @FunctionalInterface
    private interface ChildVisitor {
        void visit(Schema child, Consumer<Schema> replace);
    }

    /**
     * What a schema says about the JSON it allows, its fields' descriptions included and its own
     * left out (a field's description of a named record is not part of the record).
     */
    static String shape(Schema schema) {
        if (schema == null) {
            return "-";
        }
        if (schema.getRef() != null) {
            return "ref " + schema.getRef();
        }
        var shape = new StringBuilder().append(schema.getType()).append('/').append(schema.getFormat()).append('/')
                .append(nonEmpty(schema.getEnumeration())).append('/').append(nonEmpty(schema.getRequired())).append('/').append(schema.getMaxLength())
                .append('/').append(schema.getMaxItems()).append('/').append(schema.getMinimum()).append('/').append(schema.getMaximum())
                .append('/').append(schema.getPattern()).append('/').append(schema.getAdditionalPropertiesBoolean())
                .append('/').append(shape(schema.getAdditionalPropertiesSchema())).append("/[").append(shape(schema.getItems())).append(']');
        if (schema.getProperties() != null) {
            // a reference is written without the description Payara may keep beside it
            new TreeMap<>(schema.getProperties()).forEach((field, child) -> shape.append('{').append(field).append(' ')
                    .append(child.getRef() == null ? child.getDescription() : "").append(' ').append(shape(child)).append('}'));
        }
        return shape.toString();
    }

    /** An empty list and none are the same in the document. */
    private static List<?> nonEmpty(List<?> list) {
        return list == null || list.isEmpty() ? null : list;
    }
}
