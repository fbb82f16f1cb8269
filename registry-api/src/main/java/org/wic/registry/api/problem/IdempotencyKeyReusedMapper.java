package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.idempotency.IdempotencyKeyReusedException;

/** Conflict family: an Idempotency-Key sent again with another request; 422. */
@Provider
public class IdempotencyKeyReusedMapper implements ExceptionMapper<IdempotencyKeyReusedException> {

    @Override
    public Response toResponse(IdempotencyKeyReusedException e) {
        return Problems.response(Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, 422, e.getMessage(), null)).build();
    }
}
