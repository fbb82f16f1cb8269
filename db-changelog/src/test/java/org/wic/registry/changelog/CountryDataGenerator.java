package org.wic.registry.changelog;

import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Generates {@code db/changelog/data/countries.csv}, the Liquibase data file of every current
 * ISO 3166-1 country.
 * <ul>
 *   <li>Which codes exist: the JDK's ISO 3166-1 table ({@link Locale#getISOCountries()}: 249 codes;
 *       ICU's own list adds reserved and user-assigned codes such as XK).</li>
 *   <li>Alpha-3, numeric code, English short name and continent: Unicode CLDR through ICU4J, the
 *       continent from UN M49 containment. The Americas split into North America (Northern America,
 *       Central America, Caribbean) and South America; Antarctica, which M49 files under "Outlying
 *       Oceania", is its own continent.</li>
 * </ul>
 * Run it after upgrading ICU4J or the JDK; {@code CountryDataGeneratorTest} fails while the
 * committed file and this output differ. A changed file must reach existing databases through a
 * new changeset, never by editing the released one.
 * <pre>./mvnw -q -pl db-changelog test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.wic.registry.changelog.CountryDataGenerator \
 *     -Dexec.args=db-changelog/src/main/resources/db/changelog/data/countries.csv</pre>
 */
public final class CountryDataGenerator {

    /** The data file, relative to the db-changelog module; pass another path as the first argument. */
    static final Path OUTPUT = Path.of("src/main/resources/db/changelog/data/countries.csv");
    static final List<String> HEADER = List.of("alpha2", "alpha3", "numeric_code", "name", "continent_code");

    private static final String ANTARCTICA = "AQ";
    private static final String M49_SOUTH_AMERICA = "005";

    private CountryDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : OUTPUT;
        Files.writeString(output, generate(), StandardCharsets.UTF_8);
        System.out.println("Wrote " + countries().size() + " countries to " + output.toAbsolutePath());
    }

    /** The CSV text: a header line, then one line per country in alpha-2 order, CRLF line ends (RFC 4180). */
    public static String generate() {
        var csv = new StringWriter();
        try (var printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
            for (GeneratedCountry country : countries()) {
                printer.printRecord(country.alpha2(), country.alpha3(), country.numeric(), country.name(), country.continent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    public static List<GeneratedCountry> countries() {
        return Arrays.stream(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).toArray(String[]::new))
                .sorted()
                .map(CountryDataGenerator::describe)
                .toList();
    }

    static GeneratedCountry describe(String alpha2) {
        var locale = new ULocale("", alpha2);
        Region region = Region.getInstance(alpha2);
        if (region.getNumericCode() < 0) {
            throw new IllegalStateException("ICU has no UN M49 numeric code for " + alpha2);
        }
        return new GeneratedCountry(
                alpha2,
                locale.getISO3Country(),
                "%03d".formatted(region.getNumericCode()),
                locale.getDisplayCountry(ULocale.ENGLISH),
                continentOf(alpha2, region));
    }

    static String continentOf(String alpha2, Region region) {
        if (alpha2.equals(ANTARCTICA)) {
            return "AN";
        }
        Region continent = region.getContainingRegion(Region.RegionType.CONTINENT);
        if (continent == null) {
            throw new IllegalStateException("ICU knows no continent for " + alpha2);
        }
        return switch (continent.toString()) {
            case "002" -> "AF";
            case "142" -> "AS";
            case "150" -> "EU";
            case "009" -> "OC";
            case "019" -> region.getContainingRegion().toString().equals(M49_SOUTH_AMERICA) ? "SA" : "NA";
            default -> throw new IllegalStateException("Unexpected M49 continent " + continent + " for " + alpha2);
        };
    }

    public record GeneratedCountry(String alpha2, String alpha3, String numeric, String name, String continent) {
    }
}
