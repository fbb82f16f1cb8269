package org.wic.registry.persistence;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VersionsTest {

    @ParameterizedTest(name = "If-Match {0} at version 7: {1}")
    @CsvSource(delimiter = '|', value = {
            "\"7\"|true", "\"6\"|false", "*|true", "\"5\", \"7\"|true", "W/\"7\"|false", "7|false", "\"70\"|false"})
    void ifMatchComparesStrongly(String ifMatch, boolean matches) {
        assertThat(Versions.matches(ifMatch, 7)).isEqualTo(matches);
    }

    @org.junit.jupiter.api.Test
    void theEntityTagIsTheQuotedVersion() {
        assertThat(Versions.entityTag(12)).isEqualTo("\"12\"");
    }
}
