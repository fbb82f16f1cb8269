package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.NotPermittedException;

/** Security family, in the service layer: the caller is known but may not do this; 403. */
@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermittedException> {

    @Override
    public Response toResponse(NotPermittedException e) {
        return Problems.response(Problems.ofStatus(403, e.getMessage())).build();
    }
}
