package org.wic.registry.exchange;

import org.wic.registry.error.FieldError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The problems an import finds, by line and column: the first {@value #MAX_REPORTED} kept, the rest
 * only counted (a file broken on every line must not fill the heap), all of them reported at once.
 */
final class ImportProblems {

    /** More problems than this are summed up: the first ones are enough to see what is wrong. */
    static final int MAX_REPORTED = 1000;

    private final List<FieldError> kept = new ArrayList<>();
    private int more;

    void add(FieldError problem) {
        if (kept.size() < MAX_REPORTED) {
            kept.add(problem);
        } else {
            more++;
        }
    }

    void addAll(Collection<FieldError> problems) {
        problems.forEach(this::add);
    }

    boolean any() {
        return !kept.isEmpty();
    }

    /** In line order, with a last entry counting those left out. */
    List<FieldError> reported() {
        var reported = new ArrayList<>(kept.stream().sorted(Comparator.comparing((FieldError error) -> error.line().orElse(0))).toList());
        if (more > 0) {
            reported.add(new FieldError("file", "and " + more + " more problems after line " + reported.get(reported.size() - 1).line().orElse(0)));
        }
        return reported;
    }
}
