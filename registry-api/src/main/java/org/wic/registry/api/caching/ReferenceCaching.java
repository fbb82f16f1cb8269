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
 * Conditional answers for reference data: a strong ETag derived from the representation, public
 * caching for an hour, and 304 Not Modified when the client's If-None-Match still holds.
 * Representations must be records (or built of them), whose {@code toString} covers every value.
 */
public final class ReferenceCaching {

    static final String CACHE_CONTROL = "public, max-age=3600";

    private ReferenceCaching() {
    }

    public static Response conditional(Request request, Object representation) {
        EntityTag tag = entityTag(representation);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified : Response.ok(representation);
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
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
