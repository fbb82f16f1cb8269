package org.wic.registry.api.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.webhook.Webhook;

import java.time.Instant;
import java.util.List;

@Schema(name = "Webhook")
public record WebhookResponse(@Schema(example = "7") long id,
                       @Schema(example = "https://partner.example/registry-events") String url,
                       @Schema(example = "[\"MEMBER_CREATED\", \"MEMBER_STATUS_CHANGED\"]") List<String> events,
                       @Schema(description = "The partner's API key name", example = "Example Partner directory sync") String owner,
                       Instant createdAt) {

    static WebhookResponse of(Webhook webhook) {
        return new WebhookResponse(webhook.id(), webhook.url().toString(), webhook.events(), webhook.ownerName(), webhook.createdAt());
    }
}
