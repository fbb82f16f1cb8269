package org.wic.registry.api.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.audit.AuditEvent;

import java.io.StringReader;
import java.time.Instant;

@Schema(name = "AuditEvent", description = "One state change")
public record AuditEventResponse(
        @Schema(example = "1051") long id,
        Instant occurredAt,
        Actor actor,
        @Schema(example = "account.disabled") String action,
        @Schema(example = "account") String entityType,
        @Schema(example = "m.okafor") String entityId,
        @Schema(description = "Each changed field with its value before and after", example = "{\"enabled\": {\"before\": true, \"after\": false}}")
        JsonObject changes) {

    /** Found once: {@code JSON.create…} looks the provider up on every call, which costs more than the JSON. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Schema(name = "AuditActor")
    public record Actor(
            @Schema(description = "Username, API key prefix, or registry for the system itself", example = "admin") String id,
            @Schema(description = "ACCOUNT, API_KEY or SYSTEM", example = "ACCOUNT") String kind,
            @Schema(example = "SECRETARIAT") String role) {
    }

    static AuditEventResponse of(AuditEvent event) {
        JsonObject changes = event.changes().map(AuditEventResponse::parse).orElse(JsonObject.EMPTY_JSON_OBJECT);
        return new AuditEventResponse(event.id(), event.occurredAt(), new Actor(event.actor(), event.actorKind(), event.actorRole().orElse(null)),
                event.action(), event.entityType(), event.entityId(), changes);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
