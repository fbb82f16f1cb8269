package org.wic.registry.paging;

import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import java.util.ArrayList;
import java.util.Optional;

/** At most {@code limit} items, starting after the position {@code after} names (or from the start). */
public record PageRequest(int limit, Optional<Cursor> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit out of range: " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /**
     * Reads the {@code limit} and {@code cursor} query parameters of a collection.
     *
     * @param limit    absent for {@link #DEFAULT_LIMIT}
     * @param cursor   absent for the first page
     * @param scope    the collection and sort order the cursor must have been issued for
     * @param keyParts how many parts that collection's sort key has
     * @throws InvalidInputException naming {@code limit} and/or {@code cursor}
     */
    public static PageRequest parse(String limit, String cursor, String scope, int keyParts) {
        var errors = new ArrayList<FieldError>();
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                parsedLimit = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                parsedLimit = -1;
            }
            if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
                errors.add(new FieldError("limit", "must be a whole number from 1 to " + MAX_LIMIT));
            }
        }
        Optional<Cursor> after = Optional.empty();
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Optional.of(Cursor.decode(cursor.strip(), scope, keyParts));
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest(parsedLimit, after);
    }

    /** How many rows to fetch: one more than the limit tells whether there is a next page. */
    public int fetchSize() {
        return limit + 1;
    }
}
