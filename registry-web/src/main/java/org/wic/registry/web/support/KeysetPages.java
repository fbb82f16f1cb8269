package org.wic.registry.web.support;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.wic.registry.paging.Cursor;
import org.wic.registry.paging.Page;
import org.wic.registry.paging.PageRequest;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A PrimeFaces lazy table over a service's keyset pages: it never loads a whole table, only the
 * page shown, asked for by the cursor of the page before it (remembered as the officer moves on).
 * The table knows one page more than it has seen while a next page exists.
 *
 * @param <T> the rows
 */
public class KeysetPages<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Reads one page. It is kept in the view, so in the HTTP session, which several instances share
     * through the data grid: what it captures must be serializable (the page bean, filter values;
     * not a query record of Optionals, not a Caller).
     */
    public interface Reader<T> extends Function<PageRequest, Page<T>>, java.io.Serializable {
    }

    /** A row's key; serializable, as the reader. */
    public interface RowKey<T> extends Function<T, String>, java.io.Serializable {
    }

    private final Reader<T> reader;
    private final RowKey<T> key;
    /** The cursor each page starts after: the first page's is null (Optional is not serializable). */
    private final List<Cursor> starts = new ArrayList<>(Collections.singletonList(null));
    private boolean more;
    /** The rows of the pages seen, and one more while a next page exists: what the paginator offers. */
    private int known;

    public KeysetPages(Reader<T> reader, RowKey<T> key) {
        this.reader = reader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return known; // no COUNT over the whole table: the pages seen so far
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int wanted = first / pageSize;
        int index = Math.min(wanted, starts.size() - 1);
        Page<T> page = reader.apply(new PageRequest(pageSize, Optional.ofNullable(starts.get(index))));
        // a page not reached yet: walk on from the last one known
        while (index < wanted && page.next().isPresent()) {
            remember(index + 1, page.next());
            index++;
            page = reader.apply(new PageRequest(pageSize, Optional.ofNullable(starts.get(index))));
        }
        more = page.next().isPresent();
        if (more) {
            remember(index + 1, page.next());
        }
        int seen = index * pageSize + page.items().size();
        known = more ? Math.max(known, seen + 1) : seen;
        setRowCount(known);
        return page.items();
    }

    private void remember(int index, Optional<Cursor> start) {
        if (starts.size() == index) {
            starts.add(start.orElse(null));
        } else {
            starts.set(index, start.orElse(null));
        }
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null : ((List<T>) getWrappedData()).stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }

    public boolean isMore() {
        return more;
    }
}
