package org.wic.registry.error;

import java.util.List;
import java.util.Optional;

/**
 * Every way a use case can refuse a request, one subclass per family. Each knows the HTTP status
 * and the problem type (RFC 9457) it is answered with, so registry-api maps the whole family with
 * one mapper. They are EJB application exceptions (declared on each subclass): they reach the
 * caller unwrapped and roll the transaction back.
 */
public abstract sealed class RegistryException extends RuntimeException
        permits ConflictException, IdempotencyKeyReusedException, IllegalTransitionException, InvalidInputException,
        NotConfiguredException, NotPermittedException, PreconditionRequiredException, StaleVersionException, UnknownEntityException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final ProblemType type; // null: a plain HTTP status

    RegistryException(String message, int status, Optional<ProblemType> type) {
        super(message);
        this.status = status;
        this.type = type.orElse(null);
    }

    /** The HTTP status the API answers with. */
    public int status() {
        return status;
    }

    /** The registry's own problem type, or empty for a plain HTTP status ({@code about:blank}). */
    public Optional<ProblemType> type() {
        return Optional.ofNullable(type);
    }

    /** The rejected fields, for the validation family; empty for the others. */
    public List<FieldError> errors() {
        return List.of();
    }
}
