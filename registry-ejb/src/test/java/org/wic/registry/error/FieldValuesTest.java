package org.wic.registry.error;

import org.junit.jupiter.api.Test;
import org.wic.registry.contact.EmailAddress;
import org.wic.registry.member.LegalName;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldValuesTest {

    @Test
    void everyBadValueIsFiledUnderTheRequestsOwnFieldAndThrownAtOnce() {
        var errors = new ArrayList<FieldError>();

        assertThat(FieldValues.read(errors, "contact.email", () -> EmailAddress.of("nobody"))).isEmpty();
        assertThat(FieldValues.read(errors, "legalName", () -> LegalName.of("Example Networks Ltd"))).isPresent();
        assertThat(FieldValues.read(errors, 7, "legalName", () -> LegalName.of("X"))).isEmpty();

        assertThat(errors).extracting(FieldError::field).containsExactly("contact.email", "legalName");
        assertThat(errors.get(1).line()).hasValue(7);
        assertThatThrownBy(() -> FieldValues.requireNone(errors)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contact.email").hasMessageContaining("line 7, legalName");
    }

    @Test
    void nothingWrongThrowsNothing() {
        FieldValues.requireNone(new ArrayList<>());
    }
}
