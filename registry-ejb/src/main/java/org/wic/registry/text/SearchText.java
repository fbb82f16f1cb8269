package org.wic.registry.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for name search and sorting: case, accents, typographic apostrophes and control characters do not matter. */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cc}+");

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return CONTROL_CHARACTERS.matcher(unmarked).replaceAll(" ")
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
