package org.wic.registry.error;

/** What a background worker logs and records of a failure it cannot answer to a caller. */
public final class Failures {

    private Failures() {
    }

    /** The innermost cause: what a container's wrappings (EJBException, PersistenceException) came from. */
    public static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
