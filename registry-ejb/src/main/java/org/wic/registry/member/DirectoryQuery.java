package org.wic.registry.member;

import org.wic.registry.tier.Category;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Which members the directory lists, in which order; every filter but the status is optional.
 *
 * @param countryCodes members in one of these countries (the countries of a continent)
 * @param nameContains part of the legal or display name, folded for case and accents
 */
public record DirectoryQuery(MemberStatus status, Optional<String> countryCode, Optional<Set<String>> countryCodes,
                             Optional<String> tierCode, Optional<Category> category, Optional<String> nameContains,
                             Optional<LocalDate> joinedFrom, Optional<LocalDate> joinedTo, Sort sort) {

    /** The directory's orders, each a keyset with the member number as tie-breaker. */
    public enum Sort {
        NAME("members:name", 2),
        NUMBER("members:number", 1);

        private final String cursorScope;
        private final int cursorParts;

        Sort(String cursorScope, int cursorParts) {
            this.cursorScope = cursorScope;
            this.cursorParts = cursorParts;
        }

        public String cursorScope() {
            return cursorScope;
        }

        public int cursorParts() {
            return cursorParts;
        }
    }
}
