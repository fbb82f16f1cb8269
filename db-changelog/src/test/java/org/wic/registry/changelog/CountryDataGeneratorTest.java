package org.wic.registry.changelog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CountryDataGeneratorTest {

    private static final String COMMITTED = "/db/changelog/data/countries.csv";

    @Test
    void committedDataFileEqualsTheGeneratorsOutput() throws IOException {
        assertThat(committedFile())
                .as("countries.csv differs from CountryDataGenerator's output: regenerate it (see the class comment)"
                        + " and ship the difference as a new changeset")
                .isEqualTo(CountryDataGenerator.generate());
    }

    @Test
    void committedFileListsAll249CurrentIsoCountriesOnce() throws IOException {
        List<CSVRecord> rows = parse(committedFile());

        assertThat(rows).hasSize(249);
        assertThat(rows).extracting(r -> r.get("alpha2")).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{2}"));
        assertThat(rows).extracting(r -> r.get("alpha3")).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{3}"));
        assertThat(rows).extracting(r -> r.get("numeric_code")).doesNotHaveDuplicates().allMatch(c -> c.matches("\\d{3}"));
        assertThat(rows).extracting(r -> r.get("continent_code")).containsOnly("AF", "AN", "AS", "EU", "NA", "OC", "SA");
        assertThat(rows).extracting(r -> r.get("name")).allMatch(name -> !name.isBlank());
    }

    @ParameterizedTest(name = "{0} is on {1}")
    @CsvSource({
            "FR, EU", "RU, EU", "GB, EU", "TR, AS", "CN, AS", "IN, AS", "KR, AS", "EG, AF", "ZA, AF",
            "MX, NA", "JM, NA", "US, NA", "CA, NA", "GL, NA", "PA, NA", "BR, SA", "AR, SA", "AU, OC",
            "NZ, OC", "AQ, AN"})
    void continentsFollowM49WithTheAmericasSplit(String alpha2, String continent) throws IOException {
        assertThat(byAlpha2().get(alpha2).get("continent_code")).isEqualTo(continent);
    }

    @Test
    void franceCarriesItsIsoCodes() throws IOException {
        CSVRecord france = byAlpha2().get("FR");

        assertThat(france.get("alpha3")).isEqualTo("FRA");
        assertThat(france.get("numeric_code")).isEqualTo("250");
        assertThat(france.get("name")).isEqualTo("France");
    }

    @Test
    void numericCodesKeepTheirLeadingZeros() throws IOException {
        assertThat(byAlpha2().get("AF").get("numeric_code")).isEqualTo("004");
        assertThat(byAlpha2().get("AQ").get("numeric_code")).isEqualTo("010");
    }

    @Test
    void reservedAndUserAssignedCodesAreLeftOut() throws IOException {
        assertThat(byAlpha2()).doesNotContainKeys("XK", "EU", "UN", "DG", "EA", "IC", "AC", "TA");
    }

    private static Map<String, CSVRecord> byAlpha2() throws IOException {
        return parse(committedFile()).stream().collect(Collectors.toMap(r -> r.get("alpha2"), Function.identity()));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
    }

    private static String committedFile() throws IOException {
        try (InputStream in = CountryDataGeneratorTest.class.getResourceAsStream(COMMITTED)) {
            assertThat(in).as(COMMITTED + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
