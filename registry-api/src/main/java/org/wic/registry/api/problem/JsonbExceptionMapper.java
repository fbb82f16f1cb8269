package org.wic.registry.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON family, when the JSON-B failure reaches JAX-RS unwrapped. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return Problems.response(JsonParsingMapper.problemFor(e)).build();
    }
}
