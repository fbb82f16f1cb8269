package org.wic.registry.member;

import org.wic.registry.error.InvalidInputException;
import org.wic.registry.text.SearchText;

/**
 * An organization's or person's legal name, stripped, of 2 to 200 characters, holding no control,
 * bidirectional or invisible characters; with the forms derived from it, which are stored too and
 * must fit their columns: the normalized form for duplicate checks and the folded form for search.
 */
public record LegalName(String value) {

    public LegalName {
        String problem = LegalNames.problem(value == null ? "" : value, LegalNames.MIN_LEGAL_NAME).orElse(null);
        if (problem != null) {
            throw new InvalidInputException("legalName", problem);
        }
    }

    /** A legal name as typed (stripped). */
    public static LegalName of(String typed) {
        return new LegalName(typed == null ? "" : typed.strip());
    }

    /** "Acme Networks, Inc." and "ACME NETWORKS" normalize alike (see {@link LegalNames#normalize}). */
    public String normalized() {
        return LegalNames.normalize(value);
    }

    /** Case- and accent-free, for search. */
    public String folded() {
        return SearchText.fold(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
