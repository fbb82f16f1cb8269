package org.wic.registry.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a collection and, when more items follow, the cursor of the next page. */
public record Page<T>(List<T> items, Optional<Cursor> next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from the rows a keyset query returned for {@code request.fetchSize()}.
     *
     * @param cursorOf the cursor naming an item's sort key, for the last item shown
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> shown = fetched.subList(0, request.limit());
        return new Page<>(shown, Optional.of(cursorOf.apply(shown.get(shown.size() - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
