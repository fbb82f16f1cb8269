package org.wic.registry.application;

import org.wic.registry.tier.Category;

import java.time.Instant;
import java.util.Optional;

/**
 * Which applications the secretariat asks for; every filter is optional.
 *
 * @param submittedFrom   submitted at or after
 * @param submittedBefore submitted before
 */
public record ApplicationQuery(Optional<ApplicationStatus> status, Optional<Category> category, Optional<String> countryCode,
                               Optional<String> nameContains, Optional<Instant> submittedFrom, Optional<Instant> submittedBefore) {

    public ApplicationQuery(Optional<ApplicationStatus> status, Optional<Category> category, Optional<String> countryCode,
                            Optional<String> nameContains) {
        this(status, category, countryCode, nameContains, Optional.empty(), Optional.empty());
    }
}
