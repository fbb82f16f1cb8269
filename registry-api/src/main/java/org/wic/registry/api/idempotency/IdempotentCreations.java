package org.wic.registry.api.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.wic.registry.api.json.JsonbConfiguration;
import org.wic.registry.caller.Caller;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.idempotency.IdempotentRequests;

import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers a creating (or otherwise state-changing) POST, at most once per Idempotency-Key: with a
 * key, the change and its JSON answer are kept together and a retry with the same key and body gets
 * that first answer again (marked {@code Idempotent-Replayed: true}); without one, it simply acts.
 */
@ApplicationScoped
public class IdempotentCreations {

    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** For the operations' OpenAPI documentation of the header. */
    public static final String KEY_DESCRIPTION = "16 to 255 letters, digits, '.', '_', ':' or '-' (a random UUID is best). Sent again "
            + "with the same body within 24 hours, the first answer comes back (Idempotent-Replayed: true) and nothing is created twice; "
            + "with another body, 422.";

    @Inject
    private IdempotentRequests requests;

    /** What a creation answers: where the new thing is and its representation. */
    public record Created(URI location, Object body) {
    }

    /** What a state-changing POST answers: its status, where the result is (if anywhere) and its representation. */
    public record Outcome(int status, Optional<URI> location, Object body) {
    }

    /**
     * @param scope   the operation, {@code "POST /api/v1/applications"}
     * @param key     the Idempotency-Key header, or null
     * @param request the request's body, whose JSON tells a retry from a different request
     */
    public Response create(String scope, Caller caller, String key, Object request, Supplier<Created> creation) {
        return once(scope, caller, key, request, () -> {
            Created created = creation.get();
            return new Outcome(Response.Status.CREATED.getStatusCode(), Optional.of(created.location()), created.body());
        });
    }

    /**
     * Any POST that changes state, at most once per Idempotency-Key: a retry with the same key and
     * body gets the first answer again, marked {@code Idempotent-Replayed: true}.
     */
    public Response once(String scope, Caller caller, String key, Object request, Supplier<Outcome> action) {
        if (key == null) {
            Outcome outcome = action.get();
            Response.ResponseBuilder answer = Response.status(outcome.status()).entity(outcome.body());
            outcome.location().ifPresent(answer::location);
            return answer.build();
        }
        var idempotent = new IdempotentRequests.Request(scope, caller.id(), new IdempotencyKey(key), JsonbConfiguration.jsonb().toJson(request));
        IdempotentRequests.Answer answer = requests.once(idempotent, () -> {
            Outcome outcome = action.get();
            return new IdempotentRequests.Answer(outcome.status(), outcome.location().map(URI::toString).orElse(null),
                    JsonbConfiguration.jsonb().toJson(outcome.body()), false);
        });
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON).entity(answer.body())
                .header(REPLAYED_HEADER, answer.replayed());
        Optional.ofNullable(answer.location()).map(URI::create).ifPresent(response::location);
        return response.build();
    }
}
