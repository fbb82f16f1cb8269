package org.wic.registry.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.ProblemType;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON family: the body is not JSON, or not the JSON this resource takes (an unknown property, a
 * wrong type). The parser's own message names classes, so the answer says it in its own words.
 */
@Provider
public class JsonParsingMapper implements ExceptionMapper<ProcessingException> {

    /** Yasson's wording when jsonb.fail-on-unknown-properties refuses a property. */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("Json property (\\S+) can not be mapped");

    @Override
    public Response toResponse(ProcessingException e) {
        return Problems.response(problemFor(e)).build();
    }

    static Problem problemFor(Throwable e) {
        Optional<BodyTooLargeException> tooLarge = UnexpectedExceptionMapper.bodyTooLarge(e);
        if (tooLarge.isPresent()) {
            return Problems.bodyTooLarge(tooLarge.get().limit());
        }
        Optional<String> unknown = unknownProperty(e);
        if (unknown.isPresent()) {
            String field = unknown.get();
            return Problems.of(ProblemType.INVALID_INPUT, 400, "Unknown property '" + field + "': this request does not take it.",
                    List.of(new Problem.FieldProblem(field, "is not a property of this request")));
        }
        String detail = causeOfType(e, JsonParsingException.class).isPresent()
                ? "The request body is not well-formed JSON."
                : "The request body does not have the shape this resource expects (wrong type or format of a value).";
        return Problems.of(ProblemType.MALFORMED_JSON, 400, detail, null);
    }

    private static Optional<String> unknownProperty(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException && cause.getMessage() != null) {
                Matcher matcher = UNKNOWN_PROPERTY.matcher(cause.getMessage());
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Throwable> causeOfType(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(cause);
            }
        }
        return Optional.empty();
    }
}
