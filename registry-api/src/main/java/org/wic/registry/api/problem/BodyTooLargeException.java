package org.wic.registry.api.problem;

/** A request body grew past its limit while it was read (one sent without Content-Length, in chunks). */
public class BodyTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
