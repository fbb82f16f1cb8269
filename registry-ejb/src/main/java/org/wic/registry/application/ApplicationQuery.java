package org.wic.registry.application;

import org.wic.registry.tier.Category;

import java.util.Optional;

/** Which applications the secretariat asks for; every filter is optional. */
public record ApplicationQuery(Optional<ApplicationStatus> status, Optional<Category> category, Optional<String> countryCode,
                               Optional<String> nameContains) {
}
