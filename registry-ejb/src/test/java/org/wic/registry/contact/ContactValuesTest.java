package org.wic.registry.contact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactValuesTest {

    @Test
    void anEmailAddressKeepsItsLocalPartAndLowersItsDomain() {
        EmailAddress address = EmailAddress.of("  Amina.W@Networks.EXAMPLE ");

        assertThat(address.value()).isEqualTo("Amina.W@networks.example");
        assertThat(address.folded()).isEqualTo("amina.w@networks.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "amina", "amina@", "@networks.example", "amina@networks", "a b@networks.example", "a@b@c.example"})
    void anEmailAddressRefusesWhatIsNotOne(String typed) {
        assertThatThrownBy(() -> EmailAddress.of(typed)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors())
                        .containsExactly(new FieldError("email", EmailAddress.RULE)));
    }

    @Test
    void anEmailAddressHasAtMost254Characters() {
        String longest = "a".repeat(64) + "@" + "b".repeat(180) + ".example";
        assertThat(longest).hasSize(253);
        assertThat(EmailAddress.of(longest).value()).isEqualTo(longest);
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(64) + "@" + "b".repeat(190) + ".example")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aWebAddressIsAnAbsoluteHttpOrHttpsAddress() {
        assertThat(WebAddress.optional(" https://networks.example/about ")).hasValue(new WebAddress("https://networks.example/about"));
        assertThat(WebAddress.optional("")).isEmpty();
        for (String bad : new String[] {"ftp://files.example", "networks.example", "https://", "https://" + "a".repeat(200) + ".example"}) {
            assertThatThrownBy(() -> WebAddress.optional(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsExactly(new FieldError("website", WebAddress.RULE)));
        }
    }

    @Test
    void aPhoneNumberIsDigitsAndTheMarksPeopleWriteThemWith() {
        assertThat(PhoneNumber.optional(" +254 (20) 123-4567 ")).hasValue(new PhoneNumber("+254 (20) 123-4567"));
        assertThat(PhoneNumber.optional(null)).isEmpty();
        for (String bad : new String[] {"1234", "call me", "+254 20 123 4567 ext. 5", "9".repeat(41)}) {
            assertThatThrownBy(() -> PhoneNumber.optional(bad)).as(bad).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsExactly(new FieldError("phone", PhoneNumber.RULE)));
        }
    }
}
