package org.wic.registry.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Members CSV files in the members export's format, made up but valid: new members (no number),
 * spread over countries of every continent, the categories and the tiers open to them, each with
 * one primary contact. The same seed makes the same file.
 */
final class MemberFile {

    static final String HEADER = "number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,"
            + "addressCity,addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary";
    /** Countries of all six inhabited continents, Europe a third of them (the continent the directory figure filters on). */
    private static final List<String> COUNTRIES = List.of("DE", "FR", "GB", "IT", "ES", "NL", "PL", "SE", "CH", "AT", "CN", "JP", "IN", "SG",
            "KR", "AE", "KE", "NG", "ZA", "EG", "US", "CA", "MX", "BR", "AR", "CL", "AU", "NZ", "FJ", "PT");
    private static final List<String> ORGANIZATION_TIERS = List.of("STRATEGIC", "FULL", "ASSOCIATE");
    private static final List<String> CATEGORIES = List.of("ORGANIZATION", "ENTERPRISE", "INSTITUTION", "INDIVIDUAL");
    private static final List<String> WORDS = List.of("Global", "Digital", "Network", "Cyber", "Data", "Cloud", "Open", "Internet", "Smart",
            "Future", "Silk", "Bridge", "Harbour", "Summit", "Quantum", "Pacific", "Nordic", "Andes", "Sahel", "Delta");

    private MemberFile() {
    }

    /** Writes {@code count} members; {@code first} numbers their names, so two files never share a name. */
    static Path write(Path file, int first, int count, long seed) {
        var random = new Random(seed);
        LocalDate start = LocalDate.of(2015, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = first; i < first + count; i++) {
                String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
                String tier = category.equals("INDIVIDUAL") ? "INDIVIDUAL" : ORGANIZATION_TIERS.get(random.nextInt(ORGANIZATION_TIERS.size()));
                String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
                String name = WORDS.get(random.nextInt(WORDS.size())) + " " + WORDS.get(random.nextInt(WORDS.size())) + " " + category.charAt(0)
                        + category.substring(1).toLowerCase() + " " + i;
                LocalDate joined = start.plusDays(random.nextInt(3600));
                out.write(String.join(",", "", name, name, category, country, tier, "ACTIVE", joined.toString(), "https://member" + i + ".example",
                        "Benchmark member " + i, "", "City " + (i % 500), "", "", country, "Contact " + i, "Director", "contact" + i + "@member"
                        + i + ".example", "+1 555 " + String.format("%07d", i % 10_000_000), "true"));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
