package org.wic.registry.api.paging;

import jakarta.ws.rs.QueryParam;
import org.wic.registry.paging.PageRequest;

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

    /** @see PageRequest#parse(String, String, String, int) */
    public PageRequest toRequest(String scope, int keyParts) {
        return PageRequest.parse(limit, cursor, scope, keyParts);
    }
}
