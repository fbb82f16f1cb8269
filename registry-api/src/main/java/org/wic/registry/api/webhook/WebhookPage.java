package org.wic.registry.api.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookPage", description = "A page of webhooks, oldest first")
public record WebhookPage(List<WebhookResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
