package org.wic.registry.exchange;

import org.junit.jupiter.api.Test;
import org.wic.registry.error.FieldError;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MemberLinesTest {

    private static final String HEADER = String.join(",", MemberColumns.HEADER) + "\r\n";

    @Test
    void linesAreNumberedWhereTheyStartInTheFileTheHeaderBeingLineOne() {
        var errors = new ArrayList<FieldError>();
        String file = HEADER + line("WIC-000001", "\"Spans\nthree\nlines\"") + line("WIC-000002", "x") + "\r\n" + line("WIC-000003", "y");

        List<MemberLines.Line> lines = MemberLines.read(bytes("\uFEFF" + file), errors);

        assertThat(errors).isEmpty();
        assertThat(lines).extracting(MemberLines.Line::number).containsExactly(2, 5, 7);
        assertThat(lines.get(0).get("description")).isEqualTo("Spans\nthree\nlines");
    }

    @Test
    void aMembersLinesAreGroupedByNumberOrForNewMembersByFollowingOneAnother() {
        var errors = new ArrayList<FieldError>();
        String file = HEADER + line("WIC-000001", "a") + line("", "new") + line("", "new") + line("WIC-000001", "a") + line("", "other");

        List<MemberLines.Group> groups = MemberLines.group(MemberLines.read(bytes(file), errors));

        assertThat(groups).extracting(group -> group.lines().stream().map(MemberLines.Line::number).toList())
                .containsExactly(List.of(2, 5), List.of(3, 4), List.of(6));
    }

    @Test
    void notUtf8AndBrokenQuotesAreErrorsOfTheFile() {
        var errors = new ArrayList<FieldError>();
        byte[] latin1 = (HEADER + line("", "Réseau")).getBytes(StandardCharsets.ISO_8859_1);

        MemberLines.read(new ByteArrayInputStream(latin1), errors);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("file");
            assertThat(error.message()).contains("UTF-8");
        });
        errors.clear();
        MemberLines.read(bytes(HEADER + "\"open,quote\r\n"), errors);
        assertThat(errors).singleElement().satisfies(error -> assertThat(error.message()).contains("CSV"));
    }

    @Test
    void unknownMissingAndRepeatedColumnsAreNamedOnLineOne() {
        var errors = new ArrayList<FieldError>();

        MemberLines.read(bytes("number,legalName,legalName,shoeSize\r\n"), errors);

        assertThat(errors).allSatisfy(error -> assertThat(error.line()).hasValue(1));
        assertThat(errors).extracting(FieldError::field).contains("legalName", "shoeSize", "tier", "contactPrimary").doesNotContain("number");
    }

    private static String line(String number, String description) {
        return number + ",Name Ltd,Name,ENTERPRISE,KE,FULL,ACTIVE,2024-01-01,," + description + ",,,,,,Contact,,c@name.example,,true\r\n";
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
