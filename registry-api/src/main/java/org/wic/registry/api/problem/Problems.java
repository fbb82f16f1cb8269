package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import org.wic.registry.error.IllegalTransitionException;
import org.wic.registry.error.ProblemType;
import org.wic.registry.error.RegistryException;

import java.net.URI;
import java.util.List;

/** Builds the problem responses every mapper and the error page answer with. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** When to try again after a database outage. */
    public static final String RETRY_AFTER_SECONDS = "5";
    public static final String OUTAGE_DETAIL = "The registry's database cannot be reached right now; try again shortly.";
    private static final URI BLANK = URI.create("about:blank");

    private Problems() {
    }

    /** A problem that is just its HTTP status: type {@code about:blank}, the status phrase as title. */
    public static Problem ofStatus(int status, String detail) {
        return new Problem(BLANK, reasonPhrase(status), status, detail, null, null);
    }

    /** The answer to a use case's refusal: its status, its problem type, and the fields it names. */
    public static Problem of(RegistryException e) {
        List<Problem.FieldProblem> errors = e.errors().stream()
                .map(error -> new Problem.FieldProblem(error.line().orElse(null), error.field(), error.message())).toList();
        Problem problem = e.type().map(type -> of(type, e.status(), e.getMessage(), errors)).orElseGet(() -> ofStatus(e.status(), e.getMessage()));
        if (e instanceof IllegalTransitionException refused) {
            return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), null, null,
                    refused.currentState(), refused.allowedActions());
        }
        return problem;
    }

    public static Problem of(ProblemType type, int status, String detail, List<Problem.FieldProblem> errors) {
        return new Problem(type.uri(), type.title(), status, detail, null, errors == null || errors.isEmpty() ? null : errors);
    }

    /** A body past its operation's limit (413). */
    public static Problem bodyTooLarge(long limit) {
        return ofStatus(413, "The request body is larger than this operation takes (" + limit + " bytes at most).");
    }

    public static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem);
    }

    static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> Response.Status.Family.familyOf(status) == Response.Status.Family.CLIENT_ERROR ? "Client Error" : "Server Error";
        };
    }
}
