package org.wic.registry.api.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.country.Country;

@Schema(name = "Country", description = "A current ISO 3166-1 country")
public record CountryResponse(
        @Schema(description = "ISO 3166-1 alpha-2 code", example = "FR") String alpha2,
        @Schema(description = "ISO 3166-1 alpha-3 code", example = "FRA") String alpha3,
        @Schema(description = "ISO 3166-1 numeric code, three digits", example = "250") String numeric,
        @Schema(description = "English short name (Unicode CLDR)", example = "France") String name,
        @Schema(description = "Continent code", example = "EU") String continent) {

    static CountryResponse of(Country country) {
        return new CountryResponse(country.alpha2(), country.alpha3(), country.numeric(), country.name(), country.continent().code());
    }
}
