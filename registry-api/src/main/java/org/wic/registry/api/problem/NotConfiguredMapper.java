package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.NotConfiguredException;

/** A feature the operator has not set up: 503, with the setting named in the detail. */
@Provider
public class NotConfiguredMapper implements ExceptionMapper<NotConfiguredException> {

    @Override
    public Response toResponse(NotConfiguredException e) {
        return Problems.response(Problems.ofStatus(503, e.getMessage())).build();
    }
}
