package org.wic.registry.api.paging;

import jakarta.ws.rs.QueryParam;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.paging.PageRequest;

import java.util.List;

/**
 * The {@code limit} and {@code cursor} query parameters of a paginated collection ({@code @BeanParam}).
 * Each operation documents them itself: Payara's OpenAPI scanner fails on {@code @Parameter} here.
 */
public class PageParameters {

    @QueryParam("limit")
    private String limit;

    @QueryParam("cursor")
    private String cursor;

    public PageParameters() {
        // for JAX-RS
    }

    public PageParameters(String limit, String cursor) {
        this.limit = limit;
        this.cursor = cursor;
    }

    /** The page asked for, or null with what is wrong added to {@code errors} (for a collection that names every bad parameter at once). */
    public PageRequest toRequest(List<FieldError> errors, String scope, int keyParts) {
        try {
            return toRequest(scope, keyParts);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** @see PageRequest#parse(String, String, String, int) */
    public PageRequest toRequest(String scope, int keyParts) {
        return PageRequest.parse(limit, cursor, scope, keyParts);
    }
}
