package org.wic.registry.api.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} appears only on validation problems and names each
 * rejected field; {@code currentStatus} and {@code allowedActions} only on refused state
 * transitions. Absent members are left out of the JSON. Its OpenAPI schema is written out in
 * META-INF/openapi.yaml, beside the shared error responses.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "currentStatus", "allowedActions"})
public record Problem(URI type, String title, int status, String detail, URI instance, List<FieldProblem> errors,
                      String currentStatus, List<String> allowedActions) {

    /** The longest detail and field message the OpenAPI document promises. */
    static final int LONGEST_TEXT = 2000;

    /** A detail that quotes a long input (a 3 000-character member number) is cut to the promised length. */
    public Problem {
        detail = cut(detail);
    }

    public Problem(URI type, String title, int status, String detail, URI instance, List<FieldProblem> errors) {
        this(type, title, status, detail, instance, errors, null, null);
    }

    /** One rejected request field, query parameter or header; or a value in an uploaded file, with its line. */
    @JsonbPropertyOrder({"line", "field", "message"})
    public record FieldProblem(Integer line, String field, String message) {

        public FieldProblem {
            message = cut(message);
        }

        public FieldProblem(String field, String message) {
            this(null, field, message);
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= LONGEST_TEXT ? text : text.substring(0, LONGEST_TEXT - 1) + "…";
    }
}
