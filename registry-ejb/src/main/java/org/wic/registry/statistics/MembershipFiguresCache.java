package org.wic.registry.statistics;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The membership figures last counted on this server, with the change feed position they were
 * counted at. Every server of a cluster reads the position from the shared database, so none answers
 * figures older than the directory.
 */
@ApplicationScoped
public class MembershipFiguresCache {

    private record Counted(long position, MembershipFigures figures) {
    }

    private final AtomicReference<Counted> last = new AtomicReference<>();

    /** The figures counted at this position, if they are the last counted. */
    Optional<MembershipFigures> current(long position) {
        return Optional.ofNullable(last.get()).filter(counted -> counted.position() == position).map(Counted::figures);
    }

    /**
     * Keeps figures counted after reading this position: they hold every change up to it (and may
     * hold later ones, which a moved position makes the next reader count again).
     */
    MembershipFigures keep(long position, MembershipFigures figures) {
        last.set(new Counted(position, figures));
        return figures;
    }
}
