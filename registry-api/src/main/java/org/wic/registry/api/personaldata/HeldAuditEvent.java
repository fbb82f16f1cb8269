package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.audit.AuditEvent;

import java.time.Instant;

@Schema(name = "PersonalDataAuditEvent", description = "Read it in full at GET /api/v1/audit")
public record HeldAuditEvent(long id, Instant occurredAt, String action, String entityType, String entityId) {

    static HeldAuditEvent of(AuditEvent event) {
        return new HeldAuditEvent(event.id(), event.occurredAt(), event.action(), event.entityType(), event.entityId());
    }
}
