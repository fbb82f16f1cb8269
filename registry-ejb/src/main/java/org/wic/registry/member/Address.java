package org.wic.registry.member;

import java.util.Optional;

/** A member's postal address: private to the secretariat and the member's representatives. */
public record Address(Optional<String> street, String city, Optional<String> region, Optional<String> postalCode, String countryCode) {

    public static final int MAX_STREET = 300;
    public static final int MAX_CITY = 100;
    public static final int MAX_REGION = 100;
    public static final int MAX_POSTAL_CODE = 20;
}
