package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.wic.registry.idempotency.IdempotencyKey;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;

/**
 * The error answers every operation of a kind gives, written into the document by rule instead of
 * by hand on each resource method, so that a method's annotations show only what is its own (its
 * success, its conflicts). Each rule follows what the server does:
 * <ul>
 *   <li>400: every operation: a query value over 500 characters is refused wherever it is sent, and a body,
 *       a query parameter or an Idempotency-Key can be invalid;</li>
 *   <li>401: every operation: credentials are checked wherever they are sent, so wrong ones are refused
 *       even where none are needed;</li>
 *   <li>403: a write (one from another site is refused), or a method whose roles leave some signed-in callers out;</li>
 *   <li>404: the path names a record;</li>
 *   <li>406: the answer is JSON, which is all it can be;</li>
 *   <li>413: every body is capped; 415: a body read as some media types only ({@code @Consumes});</li>
 *   <li>412: a write that takes If-Match, and a read that may answer 304; 428 where If-Match is required;</li>
 *   <li>422: an Idempotency-Key sent again with another request;</li>
 *   <li>429: every caller has a rate limit; 500 and 503: a fault of ours, a database outage.</li>
 * </ul>
 * An answer a method documents itself is kept as it is.
 */
final class StandardResponses {

    private static final String JSON = "application/json";
    private static final String IF_MATCH = "If-Match";

    private StandardResponses() {
    }

    static void apply(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> {
            if (operation.getResponses() != null) {
                add(path, method, operation, operation.getResponses());
            }
        });
    }

    private static void add(String path, PathItem.HttpMethod method, Operation operation, APIResponses responses) {
        List<Parameter> parameters = Operations.parameters(operation);
        Optional<Method> resourceMethod = ResourceMethods.of(operation.getOperationId());
        boolean body = operation.getRequestBody() != null;
        boolean idempotent = Operations.takesHeader(operation, IdempotencyKey.HEADER);
        answer(responses, "400", "InvalidInput");
        answer(responses, "401", "Unauthorized");
        if (method != PathItem.HttpMethod.GET || resourceMethod.filter(ResourceMethods::restricted).isPresent()) {
            answer(responses, "403", "Forbidden");
        }
        if (path.contains("{")) {
            answer(responses, "404", "NotFound");
        }
        if (answersJson(responses)) {
            answer(responses, "406", "NotAcceptable");
        }
        if (responses.hasAPIResponse("304")) {
            answer(responses, "412", "PreconditionFailed"); // a conditional read also weighs an If-Match sent with it
        }
        if (Operations.takesHeader(operation, IF_MATCH)) {
            answer(responses, "412", "PreconditionFailed");
            if (parameters.stream().anyMatch(parameter -> IF_MATCH.equalsIgnoreCase(parameter.getName()) && Boolean.TRUE.equals(parameter.getRequired()))) {
                answer(responses, "428", "PreconditionRequired");
            }
        }
        if (body) {
            answer(responses, "413", "PayloadTooLarge");
            if (resourceMethod.map(ResourceMethods::readsTypedBody).orElse(true)) {
                answer(responses, "415", "UnsupportedMediaType");
            }
        }
        if (idempotent) {
            answer(responses, "422", "IdempotencyKeyReused");
        }
        answer(responses, "429", "TooManyRequests");
        answer(responses, "500", "InternalError");
        answer(responses, "503", "Unavailable");
    }

    private static boolean answersJson(APIResponses responses) {
        return responses.getAPIResponses().entrySet().stream().anyMatch(entry -> entry.getKey().startsWith("2")
                && entry.getValue().getContent() != null && entry.getValue().getContent().hasMediaType(JSON));
    }

    private static void answer(APIResponses responses, String status, String component) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(component));
        }
    }
}
