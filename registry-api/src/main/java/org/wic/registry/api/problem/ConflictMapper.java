package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.ConflictException;

/** Conflict family: valid, but it clashes with the registry's current state; 409. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return Problems.response(Problems.of(ProblemType.CONFLICT, 409, e.getMessage(), null)).build();
    }
}
