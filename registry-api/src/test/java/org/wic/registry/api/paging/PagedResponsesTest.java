package org.wic.registry.api.paging;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.UriBuilder;
import org.junit.jupiter.api.Test;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagedResponsesTest {

    @Test
    void theNextLinkKeepsFiltersAndLimitAndReplacesTheCursor() {
        Cursor next = Cursor.of("audit", 42);
        URI uri = PagedResponses.nextUri(
                UriBuilder.fromUri("http://localhost:8080/api/v1/audit?actor=admin&limit=10&cursor=old"), next);

        assertThat(uri.getPath()).isEqualTo("/api/v1/audit");
        assertThat(uri.getQuery()).contains("actor=admin", "limit=10", "cursor=" + next.encode()).doesNotContain("old");
    }

    @Test
    void aFirstPageGetsACursorAdded() {
        URI uri = PagedResponses.nextUri(UriBuilder.fromUri("http://localhost:8080/api/v1/audit"), Cursor.of("audit", 1));

        assertThat(uri.getQuery()).startsWith("cursor=");
    }

    @Test
    void theLinkHeaderValueIsRelNext() {
        Link link = Link.fromUri("http://localhost:8080/api/v1/audit?cursor=abc").rel("next").build();

        assertThat(link.toString()).isEqualTo("<http://localhost:8080/api/v1/audit?cursor=abc>; rel=\"next\"");
    }

    @Test
    void theLastPageHasNoNextCursor() {
        Page<Integer> last = Page.of(List.of(1, 2), PageRequest.first(5), n -> Cursor.of("numbers", n));
        Page<Integer> notLast = Page.of(List.of(1, 2, 3), PageRequest.first(2), n -> Cursor.of("numbers", n));

        assertThat(PagedResponses.nextCursor(last)).isNull();
        assertThat(PagedResponses.nextCursor(notLast)).isEqualTo(Cursor.of("numbers", 2).encode());
    }
}
