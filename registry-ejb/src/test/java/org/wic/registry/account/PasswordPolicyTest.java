package org.wic.registry.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTest {

    private static final Username USER = Username.of("maria.lopez12");

    @ParameterizedTest
    @ValueSource(strings = {"twelve chars", "correct horse battery staple", "ünïcödé-pässwörd"})
    void acceptsTwelveTo128Characters(String password) {
        assertThatCode(() -> PasswordPolicy.check("newPassword", password, USER)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "            ", "eleven char"})
    void refusesShortOrBlankPasswordsNamingTheField(String password) {
        assertRefused(password);
    }

    @Test
    void refusesOverlongPasswords() {
        assertRefused("x".repeat(129));
    }

    @Test
    void refusesTheUsername() {
        assertRefused("Maria.Lopez12");
    }

    private static void assertRefused(String password) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> PasswordPolicy.check("newPassword", password, USER));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly("newPassword");
    }
}
