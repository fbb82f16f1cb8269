package org.wic.registry.paging;

import org.wic.registry.error.InvalidInputException;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The sort key of the last item a page held, for the collection and order named by {@code scope}
 * (for example {@code "members:name"}). Encoded as base64url text; the key parts are strings the
 * repository that issued the cursor knows how to read back.
 */
public record Cursor(String scope, List<String> key) implements Serializable {

    static final String FIELD = "cursor";
    private static final String SEPARATOR = "\u001F"; // ASCII unit separator: never part of a key

    public Cursor {
        Objects.requireNonNull(scope, "scope");
        key = List.copyOf(key);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a cursor holds at least one key part");
        }
        if (scope.contains(SEPARATOR) || key.stream().anyMatch(part -> part.contains(SEPARATOR))) {
            throw new IllegalArgumentException("cursor parts may not contain the unit separator");
        }
    }

    public static Cursor of(String scope, Object... keyParts) {
        return new Cursor(scope, Arrays.stream(keyParts).map(String::valueOf).toList());
    }

    public String encode() {
        String text = scope + SEPARATOR + String.join(SEPARATOR, key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor a caller sent back.
     *
     * @throws InvalidInputException (field {@code cursor}) unless it is a cursor issued for this
     *                               scope with this many key parts
     */
    public static Cursor decode(String token, String scope, int keyParts) {
        String text;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
        List<String> parts = List.of(text.split(SEPARATOR, -1));
        if (parts.size() != keyParts + 1 || !parts.get(0).equals(scope)) {
            throw invalid();
        }
        return new Cursor(scope, parts.subList(1, parts.size()));
    }

    public String part(int index) {
        return key.get(index);
    }

    /** A numeric key part; a cursor whose part is not a number was not issued by us. */
    public long longPart(int index) {
        try {
            return Long.parseLong(key.get(index));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    static InvalidInputException invalid() {
        return new InvalidInputException(FIELD, "is not a cursor of this collection; use the nextCursor of a previous page");
    }

    @Override
    public String toString() {
        return encode();
    }
}
