package org.wic.registry.api.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;

import java.net.URI;
import java.util.Optional;

/** Answers a page: the body the caller built, plus {@code Link: <…>; rel="next"} when a next page exists. */
public final class PagedResponses {

    private PagedResponses() {
    }

    public static Response ok(Object body, Page<?> page, UriInfo uriInfo) {
        return withNextLink(Response.ok(body), page, uriInfo);
    }

    /** The answer built so far (a conditional one, say), with the next page's link when it holds the page. */
    public static Response withNextLink(Response.ResponseBuilder answer, Page<?> page, UriInfo uriInfo) {
        Response built = answer.build();
        Optional<Link> next = nextLink(uriInfo, page);
        // a 304 or a 412 holds no page, so it links to no next one (the OpenAPI document gives Link on the 200 only)
        return built.getStatus() != Response.Status.OK.getStatusCode() || next.isEmpty() ? built
                : Response.fromResponse(built).links(next.get()).build();
    }

    /** The request's own URI with the next page's cursor: filters and limit carry over. */
    static Optional<Link> nextLink(UriInfo uriInfo, Page<?> page) {
        return page.next().map(cursor -> Link.fromUri(nextUri(uriInfo.getRequestUriBuilder(), cursor)).rel("next").build());
    }

    static URI nextUri(UriBuilder requestUri, Cursor cursor) {
        return requestUri.replaceQueryParam("cursor", cursor.encode()).build();
    }

    /** For response records: the encoded next cursor, or {@code null} (left out of the JSON) on the last page. */
    public static String nextCursor(Page<?> page) {
        return page.next().map(Cursor::encode).orElse(null);
    }
}
