package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.UnknownEntityException;

/** Not-found family: the addressed thing does not exist (or is not the caller's to see). */
@Provider
public class UnknownEntityMapper implements ExceptionMapper<UnknownEntityException> {

    @Override
    public Response toResponse(UnknownEntityException e) {
        return Problems.response(Problems.ofStatus(404, e.getMessage())).build();
    }
}
