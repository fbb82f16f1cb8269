package org.wic.registry.api.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.apikey.ApiKey;

import java.time.Clock;
import java.time.Instant;

@Schema(name = "ApiKey", description = "A partner API key as listed: never the key itself")
public record ApiKeyResponse(
        @Schema(example = "51") long id,
        @Schema(example = "Example Partner directory sync") String name,
        @Schema(description = "The key's visible beginning, to recognise it", example = "wic_4fTz9QbL") String prefix,
        @Schema(example = "true") boolean active,
        Instant createdAt,
        @Schema(example = "admin") String createdBy,
        Instant expiresAt,
        Instant revokedAt,
        String revokedBy,
        @Schema(description = "Last use, to within a minute") Instant lastUsedAt) {

    static ApiKeyResponse of(ApiKey key, Clock clock) {
        return new ApiKeyResponse(key.id(), key.name(), key.prefix(), key.isUsableAt(clock.instant()), key.createdAt(), key.createdBy(),
                key.expiresAt().orElse(null), key.revokedAt().orElse(null), key.revokedBy().orElse(null), key.lastUsedAt().orElse(null));
    }
}
