package org.wic.registry.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wic.registry.error.FieldError;
import org.wic.registry.text.TextInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a members CSV (RFC 4180, UTF-8, an optional byte order mark) as a stream of lines of named
 * values, and tells which member each belongs to: the lines with the same number, or, for new members
 * without one, consecutive lines with the same member columns. Problems of the file's shape are errors like any
 * other, by line and column.
 */
final class MemberLines {

    /** More lines than this is not a membership list. */
    static final int MAX_LINES = 200_000;

    /** One line of the file: its number (the header being line 1) and its values by column. */
    record Line(int number, Map<String, String> values) {

        String get(String column) {
            return values.getOrDefault(column, "").strip();
        }

        boolean blank(List<String> columns) {
            return columns.stream().allMatch(column -> get(column).isEmpty());
        }
    }

    /** The lines of one member, in file order. */
    record Group(List<Line> lines) {

        Line first() {
            return lines.get(0);
        }
    }

    private MemberLines() {
    }

    /**
     * Reads the file as a stream, handing each line on as it comes: the heap holds one line, never
     * the file. Problems of the file's shape go to {@code problems}. Answers how many lines it read
     * after the header.
     */
    static int read(InputStream file, ImportProblems problems, Consumer<Line> each) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int lines = 0;
        long lastEnd = 0;
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(file, decoder), CSVFormat.RFC4180)) {
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                // the line the record starts on: a quoted value may span lines
                int number = (int) lastEnd + 1;
                lastEnd = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // an empty line
                }
                if (columns == null) {
                    columns = header(record, problems);
                    if (columns.isEmpty()) {
                        return lines;
                    }
                } else if (number > MAX_LINES) {
                    problems.add(FieldError.atLine(number, "file", "has more than " + MAX_LINES + " lines; import it in parts"));
                    return lines;
                } else {
                    lines++;
                    each.accept(line(number, record, columns, problems));
                }
            }
            if (columns == null) {
                problems.add(FieldError.atLine(1, "file", "is empty: the first line names the columns " + MemberColumns.HEADER));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            String problem = cause instanceof CharacterCodingException ? "is not UTF-8 text" : "is not valid CSV (RFC 4180): " + cause.getMessage();
            problems.add(FieldError.atLine((int) lastEnd + 1, "file", problem));
        }
        return lines;
    }

    /**
     * Which member each line belongs to, told by the line its member starts on: lines with the same
     * number belong to one member; lines without one, to the member of the line before when its
     * member columns are the same. Remembers the numbers it has seen, nothing else.
     */
    static final class Groups {

        private final Map<String, Integer> firstLineOfNumber = new HashMap<>();
        private Line firstUnnumbered;

        int of(Line line) {
            String number = line.get("number").toUpperCase(Locale.ROOT);
            if (!number.isEmpty()) {
                firstUnnumbered = null;
                return firstLineOfNumber.computeIfAbsent(number, key -> line.number());
            }
            if (firstUnnumbered == null || !sameMember(firstUnnumbered, line)) {
                firstUnnumbered = line;
            }
            return firstUnnumbered.number();
        }
    }

    static boolean sameMember(Line one, Line other) {
        return MemberColumns.MEMBER_COLUMNS.stream().allMatch(column -> one.get(column).equals(other.get(column)));
    }

    private static Map<String, Integer> header(CSVRecord record, ImportProblems errors) {
        var columns = new HashMap<String, Integer>();
        for (int i = 0; i < record.size(); i++) {
            String name = i == 0 ? record.get(i).replace("\uFEFF", "").strip() : record.get(i).strip();
            if (!MemberColumns.HEADER.contains(name)) {
                errors.add(FieldError.atLine(1, name.isEmpty() ? "column " + (i + 1) : name, "is not a column of the members CSV"));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(FieldError.atLine(1, name, "appears twice"));
            }
        }
        MemberColumns.HEADER.stream().filter(name -> !columns.containsKey(name))
                .forEach(name -> errors.add(FieldError.atLine(1, name, "is missing: the first line names the columns " + MemberColumns.HEADER)));
        return errors.any() ? Map.of() : columns;
    }

    private static Line line(int number, CSVRecord record, Map<String, Integer> columns, ImportProblems errors) {
        if (record.size() != columns.size()) {
            errors.add(FieldError.atLine(number, "file", "has " + record.size() + " values; the header names " + columns.size() + " columns"));
        }
        var values = new HashMap<String, String>();
        columns.forEach((name, index) -> {
            String value = index < record.size() ? SpreadsheetCells.unprotect(record.get(index)) : "";
            TextInput.textProblem(value).ifPresent(problem -> errors.add(FieldError.atLine(number, name, problem)));
            values.put(name, value);
        });
        return new Line(number, values);
    }

    static Optional<String> optional(Line line, String column) {
        return Optional.of(line.get(column)).filter(value -> !value.isEmpty());
    }
}
