package org.wic.registry.web.support;

import org.junit.jupiter.api.Test;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A table's pages outlive their server: the model travels in the HTTP session to another instance and goes on where it was. */
class KeysetPagesTest {

    /** Twenty-five numbers, in pages after a cursor naming the last one shown: what a page bean's reader does over a service. */
    record Numbers(String filter) implements Serializable {

        Page<Integer> page(PageRequest request) {
            int after = request.after().map(cursor -> Integer.parseInt(cursor.key().get(0))).orElse(0);
            List<Integer> fetched = IntStream.rangeClosed(after + 1, Math.min(25, after + request.limit() + 1)).boxed().toList();
            return Page.of(fetched, request, number -> new Cursor("numbers", List.of(String.valueOf(number))));
        }
    }

    @Test
    void aTableSerializedWithItsSessionShowsTheNextPageAfterwards() throws Exception {
        Numbers source = new Numbers("all");
        var pages = new KeysetPages<Integer>(source::page, String::valueOf);
        assertThat(pages.load(0, 10, Map.of(), Map.of())).startsWith(1).endsWith(10);
        assertThat(pages.load(10, 10, Map.of(), Map.of())).startsWith(11).endsWith(20);

        KeysetPages<Integer> elsewhere = roundTrip(pages);

        assertThat(elsewhere.load(20, 10, Map.of(), Map.of())).containsExactly(21, 22, 23, 24, 25);
        assertThat(elsewhere.isMore()).isFalse();
        assertThat(elsewhere.load(10, 10, Map.of(), Map.of())).as("back a page, from the cursor remembered").startsWith(11);
        assertThat(elsewhere.getRowKey(12)).isEqualTo("12");
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
