package org.wic.registry.web.support;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;

import java.io.Serial;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A value a view-scoped page reads once per request phase: a page names a list or a running job
 * in several places while it renders (a job's status, progress and whether to poll again must
 * see the same moment, or the page can show "Running" and stop polling because the job ended in
 * between). Read again in each phase, so what an action changed is rendered fresh.
 *
 * @param <T> the value
 */
public final class PerRequest<T> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient FacesContext readIn;
    private transient PhaseId readInPhase;
    private transient T value;

    public T of(Supplier<T> read) {
        FacesContext current = FacesContext.getCurrentInstance();
        PhaseId phase = current == null ? null : current.getCurrentPhaseId();
        if (current == null || readIn != current || readInPhase != phase) {
            value = read.get();
            readIn = current;
            readInPhase = phase;
        }
        return value;
    }

    /** The next {@link #of} reads again (what it shows has just changed). */
    public void forget() {
        readIn = null;
    }
}
