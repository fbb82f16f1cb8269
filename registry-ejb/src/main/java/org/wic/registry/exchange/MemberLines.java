package org.wic.registry.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.TextInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a members CSV (RFC 4180, UTF-8, an optional byte order mark) into lines of named values,
 * and groups them into members: the lines with the same number, or, for new members without one,
 * consecutive lines with the same member columns. Problems of the file's shape are errors like any
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

    static List<Line> read(InputStream file, List<FieldError> errors) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var lines = new ArrayList<Line>();
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
                    columns = header(record, errors);
                    if (columns.isEmpty()) {
                        return List.of();
                    }
                } else if (number > MAX_LINES) {
                    errors.add(FieldError.atLine(number, "file", "has more than " + MAX_LINES + " lines; import it in parts"));
                    return List.of();
                } else {
                    lines.add(line(number, record, columns, errors));
                }
            }
            if (columns == null) {
                errors.add(FieldError.atLine(1, "file", "is empty: the first line names the columns " + MemberColumns.HEADER));
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            String problem = cause instanceof CharacterCodingException ? "is not UTF-8 text" : "is not valid CSV (RFC 4180): " + cause.getMessage();
            errors.add(FieldError.atLine((int) lastEnd + 1, "file", problem));
        }
        return lines;
    }

    /** Lines with the same member number belong to one member; lines without one, to the member of the line before when its member columns are the same. */
    static List<Group> group(List<Line> lines) {
        var byNumber = new LinkedHashMap<String, List<Line>>();
        var groups = new ArrayList<List<Line>>();
        List<Line> previousUnnumbered = null;
        for (Line line : lines) {
            String number = line.get("number").toUpperCase(Locale.ROOT);
            if (!number.isEmpty()) {
                byNumber.computeIfAbsent(number, key -> {
                    var group = new ArrayList<Line>();
                    groups.add(group);
                    return group;
                }).add(line);
                previousUnnumbered = null;
            } else if (previousUnnumbered != null && sameMember(previousUnnumbered.get(0), line)) {
                previousUnnumbered.add(line);
            } else {
                previousUnnumbered = new ArrayList<>(List.of(line));
                groups.add(previousUnnumbered);
            }
        }
        return groups.stream().map(Group::new).toList();
    }

    static boolean sameMember(Line one, Line other) {
        return MemberColumns.MEMBER_COLUMNS.stream().allMatch(column -> one.get(column).equals(other.get(column)));
    }

    private static Map<String, Integer> header(CSVRecord record, List<FieldError> errors) {
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
        return errors.isEmpty() ? columns : Map.of();
    }

    private static Line line(int number, CSVRecord record, Map<String, Integer> columns, List<FieldError> errors) {
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
