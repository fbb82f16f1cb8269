package org.wic.registry.persistence;

import java.util.Arrays;

/**
 * A record's version as an HTTP entity tag, and the If-Match check of optimistic updates: the
 * strong tag {@code "7"} for version 7, and {@code *} for whatever version is current (RFC 9110
 * §13.1.1). A weak tag never matches: If-Match compares strongly.
 */
public final class Versions {

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
}
