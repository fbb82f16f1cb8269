package org.wic.registry.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000byte", "bell\u0007", "escape\u001b[31m", "delete\u007f", "c1\u0085"})
    void freeTextRefusesControlCharacters(String text) {
        assertThat(TextInput.textProblem(text)).contains(TextInput.TEXT_CHARACTERS);
        assertThatThrownBy(() -> TextInput.required("reason", text, 100)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field).containsExactly("reason"));
    }

    @Test
    void freeTextKeepsTabsAndLineBreaks() {
        assertThat(TextInput.textProblem("first line\r\nsecond\tcolumn")).isEmpty();
        assertThat(TextInput.required("reason", " Paid twice\nreversed ", 100)).isEqualTo("Paid twice\nreversed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evil \u202eName", "Iso\u2066late", "Zero\u200bwidth", "Joiner\u200d", "Mark\u200f", "Bom\ufeff", "Line\nbreak", "Tab\tbed"})
    void namesRefuseBidiControlsInvisibleCharactersAndLineBreaks(String name) {
        assertThat(TextInput.nameProblem(name)).contains(TextInput.NAME_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Networks, Inc.", "中国互联网络信息中心", "مؤسسة الإنترنت", "Zürich Café", "O'Brien & Søn"})
    void namesInAnyScriptAreFine(String name) {
        assertThat(TextInput.nameProblem(name)).isEmpty();
        assertThat(TextInput.textProblem(name)).isEmpty();
    }

    @Test
    void logLinesCannotBeForged() {
        assertThat(TextInput.loggable("admin\n[INFO] Login accepted for 'admin'")).isEqualTo("admin?[INFO] Login accepted for 'admin'");
        assertThat(TextInput.loggable("a\u2028b\rc")).isEqualTo("a?b?c");
        assertThat(TextInput.loggable("x".repeat(500))).hasSize(201);
        assertThat(TextInput.loggable(null)).isEmpty();
    }
}
