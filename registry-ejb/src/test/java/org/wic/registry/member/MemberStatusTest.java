package org.wic.registry.member;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MemberStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "ACTIVE, ACTIVE, false", "ACTIVE, SUSPENDED, true", "ACTIVE, WITHDRAWN, true", "ACTIVE, TERMINATED, true",
            "SUSPENDED, ACTIVE, true", "SUSPENDED, SUSPENDED, false", "SUSPENDED, WITHDRAWN, true", "SUSPENDED, TERMINATED, true",
            "WITHDRAWN, ACTIVE, false", "WITHDRAWN, SUSPENDED, false", "WITHDRAWN, WITHDRAWN, false", "WITHDRAWN, TERMINATED, false",
            "TERMINATED, ACTIVE, false", "TERMINATED, SUSPENDED, false", "TERMINATED, WITHDRAWN, false", "TERMINATED, TERMINATED, false"})
    void onlyTheDesignedMovesAreAllowed(MemberStatus from, MemberStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"active, ACTIVE", "' Suspended ', SUSPENDED"})
    void parsesNamesInAnyCase(String typed, MemberStatus expected) {
        assertThat(MemberStatus.parse(typed)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"EXPELLED", "''"})
    void refusesAnythingElse(String typed) {
        assertThat(MemberStatus.parse(typed)).isEmpty();
    }
}
