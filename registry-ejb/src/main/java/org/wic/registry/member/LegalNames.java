package org.wic.registry.member;

import org.wic.registry.text.SearchText;
import org.wic.registry.text.TextInput;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalizes legal names for duplicate checks: "Acme Networks, Inc." and "ACME NETWORKS"
 * are one name. Case, accents, punctuation and legal-form words at the end (Inc, Ltd, GmbH,
 * Co., …, also several: "Acme Co. Ltd") do not count, nor does a leading "The".
 */
public final class LegalNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LEGAL_FORMS = Set.of(
            "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "llp", "lp",
            "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "asa", "oy", "oyj",
            "kk", "pty", "pte", "pvt", "sdn", "bhd", "se", "ltda", "cv", "jsc", "pjsc", "ooo", "zao", "oao");

    private LegalNames() {
    }

    /** Legal and display names, and the forms derived from them for search, sorting and duplicate checks, are stored in this many characters. */
    public static final int MAX_LENGTH = 200;
    /** A legal name has at least two characters; a display name, one. */
    public static final int MIN_LEGAL_NAME = 2;
    public static final int MIN_DISPLAY_NAME = 1;

    /**
     * Why this (stripped) name cannot be kept, if it cannot: its length, its characters, or the
     * length of a form derived from it ("&amp;" becomes "and", "ﷺ" decomposes into eighteen letters),
     * which is stored too.
     */
    public static Optional<String> problem(String name, int minLength) {
        if (name.length() < minLength || name.length() > MAX_LENGTH) {
            return Optional.of("must be " + minLength + " to " + MAX_LENGTH + " characters");
        }
        Optional<String> characters = TextInput.nameProblem(name);
        if (characters.isPresent()) {
            return characters;
        }
        if (normalize(name).length() > MAX_LENGTH || SearchText.fold(name).length() > MAX_LENGTH) {
            return Optional.of("is too long once expanded for search and duplicate checks (\"&\" counts as \"and\", ligatures as their letters):"
                    + " at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    public static String normalize(String legalName) {
        String folded = Normalizer.normalize(legalName == null ? "" : legalName, Normalizer.Form.NFKD);
        // dots go first, so that "S.A." and "Co." read as the words "sa" and "co"
        folded = MARKS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ").replace(".", "");
        List<String> words = new ArrayList<>(Arrays.asList(NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll(" ").strip().split(" ")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }
}
