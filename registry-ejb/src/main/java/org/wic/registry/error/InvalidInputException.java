package org.wic.registry.error;

import jakarta.ejb.ApplicationException;

import java.util.Optional;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule; names every offending field, so the caller can fix them all at once. */
@ApplicationException(rollback = true)
public final class InvalidInputException extends RegistryException {

    private static final long serialVersionUID = 1L;

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.line().map(line -> "line " + line + ", ").orElse("") + e.field() + ": " + e.message()).collect(Collectors.joining("; ")), 400, Optional.of(ProblemType.INVALID_INPUT));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one field");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
