package org.wic.registry.country;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountryCodeTest {

    @Test
    void aCountryCodeKnowsItsContinent() {
        CountryCode kenya = CountryCode.of(new Country("KE", "KEN", "404", "Kenya", new Continent("AF", "Africa")));

        assertThat(kenya.alpha2()).isEqualTo("KE");
        assertThat(kenya.continent()).isEqualTo("AF");
        assertThat(kenya).hasToString("KE");
    }

    @Test
    void onlyTwoLetterCodesMakeOne() {
        assertThatThrownBy(() -> new CountryCode("KEN", "AF")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountryCode("ke", "AF")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountryCode("KE", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
