package org.wic.registry.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "m.okafor", "Ana_Lima", "  secretary-2 ", "abc", "Amina.Wanjiru+wic@Networks.example"})
    void acceptsUsernamesIgnoringCaseAndSurroundingBlanks(String typed) {
        assertThat(Username.of(typed).value()).isEqualTo(typed.strip().toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "-leading", ".dot", "with space", "ümlaut", "semi;colon", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "a@b", "two@at@signs.example", "no-domain@", "@no-local.example"})
    void refusesOthersNamingTheField(String typed) {
        var e = catchThrowableOfType(InvalidInputException.class, () -> Username.of(typed));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("username");
    }
}
