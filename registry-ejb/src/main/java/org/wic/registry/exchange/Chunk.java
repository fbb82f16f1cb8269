package org.wic.registry.exchange;

import org.wic.registry.paging.Cursor;

import java.util.List;
import java.util.Optional;

/** Rows of an export, as written to the file (cells a spreadsheet would run protected), and where the next chunk starts, if one follows. */
public record Chunk(List<List<String>> rows, Optional<Cursor> next) {

    /** How many items (members, invoices, payments) one chunk reads: one short transaction each. */
    public static final int SIZE = 200;

    public Chunk {
        rows = rows.stream().map(row -> row.stream().map(SpreadsheetCells::protect).toList()).toList();
    }
}
