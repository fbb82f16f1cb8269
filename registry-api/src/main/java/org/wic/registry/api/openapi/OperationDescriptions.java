package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The operations' descriptions, kept in META-INF/openapi-descriptions.properties by operationId:
 * the prose a caller reads in the document, out of the way of the code (a resource method's
 * {@code @Operation} keeps its id and summary).
 */
final class OperationDescriptions {

    private static final String FILE = "/META-INF/openapi-descriptions.properties";

    private OperationDescriptions() {
    }

    static void apply(OpenAPI openAPI) {
        Properties descriptions = all();
        Operations.each(openAPI, (path, method, operation) -> {
            if (operation.getDescription() == null && operation.getOperationId() != null) {
                operation.setDescription(descriptions.getProperty(operation.getOperationId()));
            }
        });
    }

    static Properties all() {
        var descriptions = new Properties();
        try (InputStream in = OperationDescriptions.class.getResourceAsStream(FILE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            descriptions.load(reader);
            return descriptions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
