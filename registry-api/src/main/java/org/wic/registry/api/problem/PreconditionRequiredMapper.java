package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.PreconditionRequiredException;

/** Optimistic-update family: a write that must send If-Match did not (428, RFC 6585). */
@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequiredException> {

    @Override
    public Response toResponse(PreconditionRequiredException e) {
        return Problems.response(Problems.ofStatus(428, e.getMessage())).build();
    }
}
