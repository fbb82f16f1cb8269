package org.wic.registry.country;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A country as the registry records it: its ISO 3166-1 alpha-2 code, with the code of its
 * continent. Only the {@link CountryCatalog} makes one from what a request says (alpha-2 or
 * alpha-3, any case), so every code names a country the registry knows.
 */
public record CountryCode(String alpha2, String continent) {

    /** What a request is told when its country is not one. */
    public static final String RULE = "must be an ISO 3166-1 country code: see GET /api/v1/countries";
    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");

    public CountryCode {
        if (alpha2 == null || !TWO_LETTERS.matcher(alpha2).matches() || continent == null || !TWO_LETTERS.matcher(continent).matches()) {
            throw new IllegalArgumentException("not a country and continent code: " + alpha2 + ", " + continent);
        }
    }

    static CountryCode of(Country country) {
        return new CountryCode(country.alpha2().toUpperCase(Locale.ROOT), country.continent().code());
    }

    @Override
    public String toString() {
        return alpha2;
    }
}
