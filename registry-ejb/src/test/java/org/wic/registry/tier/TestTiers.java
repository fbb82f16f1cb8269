package org.wic.registry.tier;

import org.wic.registry.money.Money;

import java.util.Optional;
import java.util.Set;

/** Tiers for unit tests of other packages (the constructor is the tier service's). */
public final class TestTiers {

    private TestTiers() {
    }

    public static Tier tier(String code, Category... categories) {
        return new Tier(TierCode.of(code), new TierTerms(code + " tier", Optional.empty(), Money.of("1000.00", "USD"), Set.of(categories), true));
    }
}
