package org.wic.registry.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.wic.registry.error.ProblemType;
import org.wic.registry.persistence.DatabaseFailures;
import org.wic.registry.text.TextInput;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Catch-all. A JSON-B failure is the JSON family's 400. A database outage is a 503 with Retry-After: the request may succeed shortly. A
 * write a database constraint refused (two requests racing for one unique name) is a 409, a value
 * the database refuses (SQLState class 22: too long, out of range, a NUL character) a 400.
 * Anything else is a fault of ours: the client gets a 500 problem with an incident id and
 * nothing else; the log gets the id and the stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        Optional<BodyTooLargeException> tooLarge = bodyTooLarge(e);
        if (tooLarge.isPresent()) {
            return Problems.response(Problems.bodyTooLarge(tooLarge.get().limit())).header("Connection", "close").build();
        }
        if (e instanceof JsonbException) { // JSON-B's own failure, when it reaches JAX-RS unwrapped
            return Problems.response(JsonParsingMapper.problemFor(e)).build();
        }
        if (DatabaseFailures.isOutage(e)) {
            LOG.log(Level.WARNING, "Database unavailable: {0}", TextInput.loggable(e.getMessage()));
            return Problems.response(Problems.ofStatus(503, Problems.OUTAGE_DETAIL))
                    .header(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS).build();
        }
        if (DatabaseFailures.isIntegrityViolation(e)) {
            LOG.log(Level.INFO, "A write was refused by a database constraint: {0}", TextInput.loggable(e.getMessage()));
            return Problems.response(Problems.of(ProblemType.CONFLICT, 409,
                    "This conflicts with a change made at the same time; read the current state and try again.", null)).build();
        }
        if (DatabaseFailures.isDataError(e)) {
            LOG.log(Level.INFO, "The database refused a value of a request: {0}", TextInput.loggable(e.getMessage()));
            return Problems.response(Problems.of(ProblemType.INVALID_INPUT, 400,
                    "A value in this request cannot be stored (too long, out of range or holding characters the database refuses).", null)).build();
        }
        URI incident = URI.create("urn:uuid:" + UUID.randomUUID());
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        Problem base = Problems.ofStatus(500, "The registry failed to answer this request. Quote the instance when reporting it.");
        return Problems.response(new Problem(base.type(), base.title(), 500, base.detail(), incident, null)).build();
    }

    /** A body that grew past its limit while it was read, however deep the reader wrapped it. */
    static Optional<BodyTooLargeException> bodyTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }
}
