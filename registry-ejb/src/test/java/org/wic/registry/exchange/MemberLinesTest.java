package org.wic.registry.exchange;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.FieldError;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MemberLinesTest {

    private static final String HEADER = String.join(",", MemberColumns.HEADER) + "\r\n";

    @Test
    void linesAreNumberedWhereTheyStartInTheFileTheHeaderBeingLineOne() {
        var errors = new ImportProblems();
        String file = HEADER + line("WIC-000001", "\"Spans\nthree\nlines\"") + line("WIC-000002", "x") + "\r\n" + line("WIC-000003", "y");

        List<MemberLines.Line> lines = read(bytes("\uFEFF" + file), errors);

        assertThat(errors.reported()).isEmpty();
        assertThat(lines).extracting(MemberLines.Line::number).containsExactly(2, 5, 7);
        assertThat(lines.get(0).get("description")).isEqualTo("Spans\nthree\nlines");
    }

    @Test
    void aMembersLinesAreGroupedByNumberOrForNewMembersByFollowingOneAnother() {
        var errors = new ImportProblems();
        String file = HEADER + line("WIC-000001", "a") + line("", "new") + line("", "new") + line("WIC-000001", "a") + line("", "other");

        var groups = new MemberLines.Groups();
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        read(bytes(file), errors).forEach(line -> members.computeIfAbsent(groups.of(line), first -> new ArrayList<>()).add(line.number()));

        assertThat(members).as("each member's lines, by the line it starts on").containsExactly(Map.entry(2, List.of(2, 5)),
                Map.entry(3, List.of(3, 4)), Map.entry(6, List.of(6)));
    }

    @Test
    void notUtf8AndBrokenQuotesAreErrorsOfTheFile() {
        var errors = new ImportProblems();
        byte[] latin1 = (HEADER + line("", "Réseau")).getBytes(StandardCharsets.ISO_8859_1);

        read(new ByteArrayInputStream(latin1), errors);

        assertThat(errors.reported()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.message()).contains("UTF-8");
        });
        var broken = new ImportProblems();
        read(bytes(HEADER + "\"open,quote\r\n"), broken);
        assertThat(broken.reported()).singleElement().satisfies(error -> assertThat(error.message()).contains("CSV"));
    }

    @Test
    void unknownMissingAndRepeatedColumnsAreNamedOnLineOne() {
        var errors = new ImportProblems();

        read(bytes("number,legalName,legalName,shoeSize\r\n"), errors);

        assertThat(errors.reported()).allSatisfy(error -> assertThat(error.line()).hasValue(1));
        assertThat(errors.reported()).extracting(FieldError::field).contains("legalName", "shoeSize", "tier", "contactPrimary").doesNotContain("number");
    }

    @Test
    void aFileBrokenOnEveryLineKeepsTheFirstThousandProblemsAndCountsTheRest() {
        var errors = new ImportProblems();
        var file = new StringBuilder(HEADER);
        for (int i = 0; i < 1500; i++) {
            file.append("too,few,values\r\n");
        }

        read(bytes(file.toString()), errors);

        List<FieldError> reported = errors.reported();
        assertThat(reported).hasSize(ImportProblems.MAX_REPORTED + 1);
        assertThat(reported.get(0).line()).hasValue(2);
        assertThat(reported.get(reported.size() - 1).message()).isEqualTo("and 500 more problems after line 1001");
    }

    /** The lines as the stream hands them on. */
    private static List<MemberLines.Line> read(ByteArrayInputStream file, ImportProblems errors) {
        var lines = new ArrayList<MemberLines.Line>();
        MemberLines.read(file, errors, lines::add);
        return lines;
    }

    private static String line(String number, String description) {
        return number + ",Name Ltd,Name,ENTERPRISE,KE,FULL,ACTIVE,2024-01-01,," + description + ",,,,,,Contact,,c@name.example,,true\r\n";
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
