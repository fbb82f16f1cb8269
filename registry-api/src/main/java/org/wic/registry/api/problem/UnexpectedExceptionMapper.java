package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.net.URI;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catch-all: a fault of ours. The client gets a 500 problem with an incident id and nothing
 * else; the log gets the id and the stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        URI incident = URI.create("urn:uuid:" + UUID.randomUUID());
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        Problem base = Problems.ofStatus(500, "The registry failed to answer this request. Quote the instance when reporting it.");
        return Problems.response(new Problem(base.type(), base.title(), 500, base.detail(), incident, null)).build();
    }
}
