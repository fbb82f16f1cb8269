package org.wic.registry.api.caching;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional answers to GETs: a strong ETag derived from the representation, and 304 Not Modified
 * (no body) when the client's If-None-Match still holds. Reference data may be cached for an hour;
 * what changes with the registry (directory pages, statistics) is revalidated on each use, so a
 * partner polling it gets a 304 until something changed. Representations must be records (or built
 * of them), whose {@code toString} covers every value.
 */
public final class ConditionalAnswers {

    static final String CACHE_CONTROL = "public, max-age=3600";
    static final String REVALIDATE = "no-cache";

    private ConditionalAnswers() {
    }

    /** Reference data: cached by anyone for an hour. */
    public static Response reference(Request request, Object representation) {
        return conditional(request, representation, CACHE_CONTROL).build();
    }

    /** Data that changes with the registry: stored, but revalidated on each use; the caller may add headers (links). */
    public static Response.ResponseBuilder revalidated(Request request, Object representation) {
        return conditional(request, representation, REVALIDATE);
    }

    private static Response.ResponseBuilder conditional(Request request, Object representation, String cacheControl) {
        EntityTag tag = entityTag(representation);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(representation);
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }

    static EntityTag entityTag(Object representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(representation.toString().getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
