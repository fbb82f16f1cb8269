package org.wic.registry.api.webhook;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "NewWebhook")
public record NewWebhookRequest(
        @NotNull @Schema(description = "An absolute http(s) URL on a public address", example = "https://partner.example/registry-events")
        String url,
        @NotNull @Schema(description = "One or more of MEMBER_CREATED, MEMBER_UPDATED, MEMBER_STATUS_CHANGED, MEMBER_TIER_CHANGED",
                example = "[\"MEMBER_CREATED\", \"MEMBER_STATUS_CHANGED\"]") List<String> events) {
}
