package org.wic.registry.country;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for name search: case, accents and typographic apostrophes do not matter. */
public final class SearchText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('\u2019', '\'')
                .toLowerCase(Locale.ROOT)
                .strip();
    }
}
