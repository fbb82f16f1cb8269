package org.wic.registry.member;

import org.wic.registry.tier.Category;

import java.time.LocalDate;
import java.util.Optional;

/** What can be edited of a member with a PATCH: its profile, and for the secretariat also its category, country and join date. */
public record MemberProfile(String legalName, String displayName, Optional<String> website, Optional<String> description,
                            Optional<Address> address, Category category, String countryCode, LocalDate joinedOn) {
}
