package org.wic.registry.contact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.FieldError;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPersonTest {

    @Test
    void cleansAValidContact() {
        var errors = new ArrayList<FieldError>();

        var contact = ContactPerson.check("contact", " Amina W ", " Amina@Networks.EXAMPLE ", " +254 20 123 4567 ", errors);

        assertThat(errors).isEmpty();
        assertThat(contact).hasValueSatisfying(person -> {
            assertThat(person.name()).isEqualTo("Amina W");
            assertThat(person.email()).isEqualTo("Amina@networks.example");
            assertThat(person.phone()).contains("+254 20 123 4567");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no-at-sign", "two@@example.org", "spaces in@example.org", "nodot@example", "@example.org"})
    void refusesWhatIsNoEmailAddress(String email) {
        var errors = new ArrayList<FieldError>();

        assertThat(ContactPerson.check("contact", "Amina", email, null, errors)).isEmpty();
        assertThat(errors).extracting(FieldError::field).containsExactly("contact.email");
    }

    @Test
    void namesEveryBadFieldUnderItsPrefix() {
        var errors = new ArrayList<FieldError>();

        ContactPerson.check("contact", "", "x", "call me", errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("contact.name", "contact.email", "contact.phone");
    }
}
