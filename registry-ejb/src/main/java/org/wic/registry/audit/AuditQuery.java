package org.wic.registry.audit;

import org.wic.registry.error.InvalidInputException;

import java.time.Instant;
import java.util.Optional;

/** Which audit events the secretariat asks for; every filter is optional. The time range is half-open: [from, to). */
public record AuditQuery(Optional<String> entityType, Optional<String> entityId, Optional<String> actor,
                         Optional<Instant> from, Optional<Instant> to) {

    public AuditQuery {
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw new InvalidInputException("to", "must be after from");
        }
    }
}
