package org.wic.registry.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.InvalidInputException;

/** Validation family: a domain rule refused the input; 400 naming each field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        var errors = e.errors().stream().map(error -> new Problem.FieldProblem(error.line().orElse(null), error.field(), error.message())).toList();
        return Problems.response(Problems.of(ProblemType.INVALID_INPUT, 400, e.getMessage(), errors)).build();
    }
}
