package org.wic.registry.exchange;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code +1+cmd|…},
 * {@code @SUM(…)}) are written with a leading apostrophe, which spreadsheets show as text (OWASP's
 * advice on CSV injection). The import takes one such apostrophe off again, so an export read back
 * is the data exactly: a value that itself starts with apostrophes before such a character gets one
 * more on the way out.
 */
public final class SpreadsheetCells {

    private static final Pattern RUNS_AS_FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r]");
    private static final Pattern PROTECTED = Pattern.compile("^'+[=+\\-@\\t\\r]");

    private SpreadsheetCells() {
    }

    /** The cell as written to a file. */
    public static String protect(String value) {
        return value != null && RUNS_AS_FORMULA.matcher(value).find() ? "'" + value : value;
    }

    /** The value a written cell stands for. */
    public static String unprotect(String cell) {
        return cell != null && PROTECTED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
