package org.wic.registry.api.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AuditPage", description = "A page of audit events, newest first")
public record AuditPage(List<AuditEventResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
