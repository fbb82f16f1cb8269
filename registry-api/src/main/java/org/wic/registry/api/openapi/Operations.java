package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.Optional;

/** Walking the document's operations, for the corrections that each look at every one. */
final class Operations {

    /** What is done to one operation, knowing its path template and method. */
    @FunctionalInterface
    interface Visitor {
        void visit(String path, PathItem.HttpMethod method, Operation operation);
    }

    private Operations() {
    }

    static void each(OpenAPI openAPI, Visitor visitor) {
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                    visitor.visit(path, method, operation)));
        }
    }

    /** The operation's own parameters; none rather than null. */
    static List<Parameter> parameters(Operation operation) {
        return Optional.ofNullable(operation.getParameters()).orElse(List.of());
    }

    /** Whether the operation reads this request header (any case). */
    static boolean takesHeader(Operation operation, String header) {
        return parameters(operation).stream()
                .anyMatch(parameter -> parameter.getIn() == Parameter.In.HEADER && header.equalsIgnoreCase(parameter.getName()));
    }
}
