package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.IllegalTransitionException;

/** State-transition family: 409 naming the current status and the actions allowed from it. */
@Provider
public class IllegalTransitionMapper implements ExceptionMapper<IllegalTransitionException> {

    @Override
    public Response toResponse(IllegalTransitionException e) {
        ProblemType type = ProblemType.INVALID_TRANSITION;
        return Problems.response(new Problem(type.uri(), type.title(), 409, e.getMessage(), null, null,
                e.currentState(), e.allowedActions())).build();
    }
}
