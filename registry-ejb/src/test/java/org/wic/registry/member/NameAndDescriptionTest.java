package org.wic.registry.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NameAndDescriptionTest {

    @Test
    void aLegalNameIsStrippedAndDerivesItsSearchAndDuplicateForms() {
        LegalName name = LegalName.of("  Société Générale, S.A. ");

        assertThat(name.value()).isEqualTo("Société Générale, S.A.");
        assertThat(name.normalized()).isEqualTo("societe generale");
        assertThat(name.folded()).isEqualTo("societe generale, s.a.");
        assertThat(name).hasToString("Société Générale, S.A.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "A", "Acme\u202EInc", "Acme\nInc", "Zero\u200Bwidth"})
    void aLegalNameRefusesWhatCannotBeKeptNamingItself(String typed) {
        assertThatThrownBy(() -> LegalName.of(typed)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field).containsExactly("legalName"));
    }

    @Test
    void aLegalNameMustFitItsColumnsOnceExpanded() {
        assertThat(LegalName.of("a".repeat(200)).value()).hasSize(200);
        assertThatThrownBy(() -> LegalName.of("a".repeat(201))).hasMessageContaining("2 to 200 characters");
        assertThatThrownBy(() -> LegalName.of("&".repeat(100))).hasMessageContaining("too long once expanded");
    }

    @Test
    void aDisplayNameMayBeOneCharacter() {
        assertThat(DisplayName.of(" X ").value()).isEqualTo("X");
        assertThatThrownBy(() -> DisplayName.of(" ")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field).containsExactly("displayName"));
    }

    @Test
    void aDescriptionIsOptionalTextOfAtMost2000Characters() {
        assertThat(Description.optional(null)).isEmpty();
        assertThat(Description.optional("   ")).isEmpty();
        assertThat(Description.optional(" Line one.\nLine two. ")).hasValueSatisfying(d -> assertThat(d.value()).isEqualTo("Line one.\nLine two."));
        assertThat(Description.optional("x".repeat(2000))).isPresent();
        assertThatThrownBy(() -> Description.optional("x".repeat(2001))).hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> Description.optional("bell\u0007")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field).containsExactly("description"));
    }
}
