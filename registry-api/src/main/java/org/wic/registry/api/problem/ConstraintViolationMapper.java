package org.wic.registry.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.ProblemType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Validation family: Bean Validation refused a request record or parameter; 400 naming each field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldProblem(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldProblem::field).thenComparing(Problem.FieldProblem::message))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
        return Problems.response(Problems.of(ProblemType.INVALID_INPUT, 400, detail, errors)).build();
    }

    /**
     * The field as the client knows it: {@code create.request.contact.email} becomes
     * {@code contact.email}, a query parameter {@code list.limit} becomes {@code limit}.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        var names = new ArrayList<String>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() != null) {
                names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : "request";
    }
}
