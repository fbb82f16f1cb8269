package org.wic.registry.paging;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    private static final String SCOPE = "numbers";

    @Test
    void aShortResultIsTheLastPage() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), PageRequest.first(3), n -> Cursor.of(SCOPE, n));

        assertThat(page.items()).containsExactly(1, 2, 3);
        assertThat(page.next()).isEmpty();
    }

    @Test
    void theExtraRowIsDroppedAndNamesTheNextPage() {
        Page<Integer> page = Page.of(List.of(1, 2, 3, 4), PageRequest.first(3), n -> Cursor.of(SCOPE, n));

        assertThat(page.items()).containsExactly(1, 2, 3);
        assertThat(page.next()).contains(Cursor.of(SCOPE, 3));
    }

    @Test
    void walkingAllPagesSeesEveryItemOnceEvenWhenItemsAreAddedBetweenPages() {
        var table = new TreeSet<Integer>(IntStream.rangeClosed(1, 20).map(n -> n * 10).boxed().toList());
        var seen = new ArrayList<Integer>();
        Optional<Cursor> cursor = Optional.empty();
        int pages = 0;
        do {
            var request = new PageRequest(6, cursor);
            Page<Integer> page = Page.of(keysetQuery(table, request), request, n -> Cursor.of(SCOPE, n));
            seen.addAll(page.items());
            cursor = page.next().map(c -> Cursor.decode(c.encode(), SCOPE, 1));
            table.add(5 + pages);        // lands before the cursor: not this walk's business
            table.add(1000 + pages);     // lands after it: the walk must still reach it
            pages++;
        } while (cursor.isPresent());

        assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(seen).containsAll(IntStream.rangeClosed(1, 20).map(n -> n * 10).boxed().toList());
        assertThat(seen).contains(1000);
    }

    @Test
    void mapKeepsTheCursor() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), PageRequest.first(2), n -> Cursor.of(SCOPE, n));

        Page<String> mapped = page.map(n -> "#" + n);

        assertThat(mapped.items()).containsExactly("#1", "#2");
        assertThat(mapped.next()).isEqualTo(page.next());
    }

    /** What a repository does in SQL: rows after the cursor's key, in key order, fetchSize of them. */
    private static List<Integer> keysetQuery(TreeSet<Integer> table, PageRequest request) {
        var after = request.after().map(c -> (int) c.longPart(0));
        return (after.isPresent() ? table.tailSet(after.get(), false) : table).stream()
                .limit(request.fetchSize()).toList();
    }
}
