package org.wic.registry.api.apikey;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewApiKey")
public record NewApiKeyRequest(
        @NotNull @Schema(description = "Whose key it is, for people; 1 to 100 characters", example = "Example Partner directory sync") String name,
        @Schema(description = "When the key stops working (ISO-8601); absent for never", example = "2027-12-31T23:59:59Z") String expiresAt) {
}
