package org.wic.registry.exchange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tindented", "\rreturn"})
    void formulasAreWrittenAsText(String value) {
        assertThat(SpreadsheetCells.protect(value)).isEqualTo("'" + value);
        assertThat(SpreadsheetCells.unprotect(SpreadsheetCells.protect(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Networks", "'quoted'", "WIC-000001", "", "2027-000001", "'=already protected by its author", "''@twice"})
    void everyValueSurvivesTheRoundTrip(String value) {
        assertThat(SpreadsheetCells.unprotect(SpreadsheetCells.protect(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Networks", "'quoted'", "10000.00", "me@example.org"})
    void plainValuesAreWrittenAsTheyAre(String value) {
        assertThat(SpreadsheetCells.protect(value)).isEqualTo(value);
    }
}
