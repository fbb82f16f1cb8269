package org.wic.registry.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LegalNamesTest {

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Acme Networks, Inc.        | acme networks",
            "ACME NETWORKS LTD          | acme networks",
            "acme networks              | acme networks",
            "Acme Networks GmbH         | acme networks",
            "Acme Networks Co., Ltd.    | acme networks",
            "Acme Networks Limited      | acme networks",
            "Acme Networks S.A.         | acme networks",
            "The Acme Networks Company  | acme networks",
            "Société Générale           | societe generale",
            "Zürich Internet-Foundation | zurich internet foundation",
            "Tom & Jerry Ltd            | tom and jerry",
            "  Acme   Networks  plc     | acme networks",
            "Inc                        | inc",
            "The Company                | company"})
    void normalizesCaseAccentsPunctuationAndLegalForms(String legalName, String normalized) {
        assertThat(LegalNames.normalize(legalName)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Acme Networks | Acme Network", "Incubator Hub | Hub", "Coop Alliance | Alliance"})
    void keepsDifferentNamesApart(String one, String other) {
        assertThat(LegalNames.normalize(one)).isNotEqualTo(LegalNames.normalize(other));
    }

    @Test
    void namesWhoseStoredFormsOverflowAreRefused() {
        assertThat(LegalNames.problem("&".repeat(200), 2)).hasValueSatisfying(problem -> assertThat(problem).contains("at most 200"));
        assertThat(LegalNames.problem("\ufdfa".repeat(12), 2)).isPresent(); // 12 characters, 216 once decomposed
        assertThat(LegalNames.problem("&".repeat(40), 2)).isEmpty(); // 159 characters once expanded: fine
        assertThat(LegalNames.problem("A".repeat(200), 2)).isEmpty();
    }

    @Test
    void namesAreCheckedForLengthAndCharacters() {
        assertThat(LegalNames.problem("A", 2)).contains("must be 2 to 200 characters");
        assertThat(LegalNames.problem("A".repeat(201), 2)).contains("must be 2 to 200 characters");
        assertThat(LegalNames.problem("Nul\u0000Name", 2)).isPresent();
        assertThat(LegalNames.problem("Evil \u202eName", 2)).isPresent();
    }
}
