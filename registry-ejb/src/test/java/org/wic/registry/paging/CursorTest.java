package org.wic.registry.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CursorTest {

    @Test
    void roundTripsKeysWithAnyCharacters() {
        Cursor cursor = Cursor.of("members:name", "Société Générale, Ltd. / 東京 | \"x\"", 7);

        assertThat(Cursor.decode(cursor.encode(), "members:name", 2)).isEqualTo(cursor);
    }

    @Test
    void isOpaqueAndUrlSafe() {
        String token = Cursor.of("members:name", "a b/c?d=e&f", 1).encode();

        assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain("members");
    }

    @Test
    void aCursorOfAnotherCollectionOrOrderIsRefused() {
        String byName = Cursor.of("members:name", "Acme", 1).encode();

        assertInvalid(() -> Cursor.decode(byName, "members:number", 2));
        assertInvalid(() -> Cursor.decode(byName, "invoices", 2));
    }

    @Test
    void aCursorWithTheWrongNumberOfKeyPartsIsRefused() {
        String token = Cursor.of("audit", 1, 2, 3).encode();

        assertInvalid(() -> Cursor.decode(token, "audit", 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%", "not base64!", "=", "AAAA"})
    void garbageIsRefused(String token) {
        assertInvalid(() -> Cursor.decode(token, "audit", 1));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        String token = Base64.getUrlEncoder().encodeToString(new byte[] {(byte) 0xC3, (byte) 0x28});

        assertInvalid(() -> Cursor.decode(token, "audit", 1));
    }

    @Test
    void aNumericPartThatIsNotANumberIsRefused() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("audit\u001Fnot-a-number".getBytes(StandardCharsets.UTF_8));
        Cursor cursor = Cursor.decode(forged, "audit", 1);

        assertInvalid(() -> cursor.longPart(0));
    }

    @Test
    void keysCannotSmuggleTheSeparator() {
        assertThatThrownBy(() -> Cursor.of("audit", "a\u001Fb")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInvalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        var e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("InvalidInputException").isNotNull();
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("cursor");
    }
}
