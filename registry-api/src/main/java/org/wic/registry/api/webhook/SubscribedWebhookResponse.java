package org.wic.registry.api.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.webhook.WebhookService;

import java.time.Instant;
import java.util.List;

@Schema(name = "SubscribedWebhook", description = "A new webhook with its signing secret: shown this once")
public record SubscribedWebhookResponse(@Schema(example = "7") long id,
                                 @Schema(example = "https://partner.example/registry-events") String url,
                                 List<String> events,
                                 String owner,
                                 Instant createdAt,
                                 @Schema(description = "The HMAC-SHA256 key (its UTF-8 bytes) of X-Registry-Signature",
                                         example = "whsec_q3Vn0cZk8yH1pR7sT2uW5xY9aB6dE0fG3hJkLmNoPq4") String secret) {

    static SubscribedWebhookResponse of(WebhookService.Subscribed subscribed) {
        WebhookResponse webhook = WebhookResponse.of(subscribed.webhook());
        return new SubscribedWebhookResponse(webhook.id(), webhook.url(), webhook.events(), webhook.owner(), webhook.createdAt(),
                subscribed.secret());
    }
}
