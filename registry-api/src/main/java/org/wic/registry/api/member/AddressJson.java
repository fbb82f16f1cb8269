package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.member.Address;

@Schema(name = "Address", description = "A member's postal address (private); city and country are required")
public record AddressJson(
        @Schema(description = "Street and number, one or more lines", example = "12 Harbour Road") String street,
        @Schema(example = "Nairobi") String city,
        @Schema(description = "State, province or county", example = "Nairobi County") String region,
        @Schema(example = "00100") String postalCode,
        @Schema(description = "ISO 3166-1 alpha-2", example = "KE") String country) {

    static AddressJson of(Address address) {
        return new AddressJson(address.street().orElse(null), address.city(), address.region().orElse(null),
                address.postalCode().orElse(null), address.countryCode());
    }
}
