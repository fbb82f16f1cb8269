package org.wic.registry.country;

import java.util.Optional;

/**
 * Which countries a caller wants: those on one continent and/or whose name contains some text
 * (case- and accent-insensitive, so {@code "cote"} finds Côte d’Ivoire).
 */
public record CountrySearch(Optional<String> continent, Optional<String> nameContains) {

    public static final int MAX_NAME_LENGTH = 100;

    public static CountrySearch all() {
        return new CountrySearch(Optional.empty(), Optional.empty());
    }
}
