package org.wic.registry.api.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.apikey.ApiKeyService;

import java.time.Instant;

@Schema(name = "IssuedApiKey", description = "A new key, with the key itself: shown this once, stored only as a hash")
public record IssuedApiKeyResponse(
        @Schema(example = "51") long id,
        @Schema(example = "Example Partner directory sync") String name,
        @Schema(example = "wic_4fTz9QbL") String prefix,
        @Schema(description = "Send it as the X-API-Key header", example = "wic_4fTz9QbL_Vq3m0n4cZk8yH1pR7sT2uW5xY9aB6dE0fG3hJ-kL_mN") String key,
        Instant createdAt,
        Instant expiresAt) {

    static IssuedApiKeyResponse of(ApiKeyService.IssuedKey issued) {
        return new IssuedApiKeyResponse(issued.apiKey().id(), issued.apiKey().name(), issued.apiKey().prefix(), issued.key(),
                issued.apiKey().createdAt(), issued.apiKey().expiresAt().orElse(null));
    }
}
