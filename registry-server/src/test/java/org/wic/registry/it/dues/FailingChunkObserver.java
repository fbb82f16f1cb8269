package org.wic.registry.it.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.wic.registry.dues.DuesChunk;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** In ResumedDuesRunIT's deployment only: the second chunk of a run it is told about fails, as a crash midway would. */
@ApplicationScoped
public class FailingChunkObserver {

    static final Map<Long, AtomicInteger> SABOTAGED = new ConcurrentHashMap<>();

    void onChunk(@Observes DuesChunk chunk) {
        AtomicInteger chunks = SABOTAGED.get(chunk.runId());
        if (chunks != null && chunks.incrementAndGet() == 2) {
            throw new IllegalStateException("simulated crash in the second chunk of run " + chunk.runId());
        }
    }
}
