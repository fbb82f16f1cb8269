package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.StaleVersionException;

/** Optimistic-update family: If-Match named a version that is no longer the current one (412). */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Override
    public Response toResponse(StaleVersionException e) {
        return Problems.response(Problems.ofStatus(412, e.getMessage())).build();
    }
}
