package org.wic.registry.persistence;

import org.wic.registry.error.PreconditionRequiredException;
import org.wic.registry.error.StaleVersionException;

import java.util.Arrays;

/**
 * A record's version as an HTTP entity tag, and the If-Match check of optimistic updates: the
 * strong tag {@code "7"} for version 7, and {@code *} for whatever version is current (RFC 9110
 * §13.1.1). A weak tag never matches: If-Match compares strongly.
 */
public final class Versions {

    /** If-Match for whatever version is current: the registry's own changes (arrears, demo data), which hold to no earlier read. */
    public static final String ANY = "*";

    private Versions() {
    }

    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /** Whether an If-Match header value (one tag, a list, or {@code *}) matches this version. */
    public static boolean matches(String ifMatch, long version) {
        String current = entityTag(version);
        return Arrays.stream(ifMatch.split(",")).map(String::strip).anyMatch(tag -> tag.equals("*") || tag.equals(current));
    }

    /**
     * The check of every optimistic write: the client says which version it changes.
     *
     * @throws PreconditionRequiredException without {@code ifMatch} (428)
     * @throws StaleVersionException         when the record changed since that version (412)
     */
    public static void require(String ifMatch, long version, String entity, String id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException(entity);
        }
        if (!matches(ifMatch, version)) {
            throw new StaleVersionException(entity, id);
        }
    }
}
