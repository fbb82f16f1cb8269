package org.wic.registry.api.webhook;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.webhook.WebhookDelivery;
import org.wic.registry.webhook.WebhookService;
import org.wic.registry.webhook.Webhook;

import java.time.Instant;
import java.util.List;

/** The JSON of webhooks and their deliveries. */
public final class WebhookBodies {

    private WebhookBodies() {
    }

    @Schema(name = "NewWebhook")
    public record NewWebhookRequest(
            @NotNull @Schema(description = "An absolute http(s) URL on a public address", example = "https://partner.example/registry-events")
            String url,
            @NotNull @Schema(description = "One or more of MEMBER_CREATED, MEMBER_UPDATED, MEMBER_STATUS_CHANGED, MEMBER_TIER_CHANGED",
                    example = "[\"MEMBER_CREATED\", \"MEMBER_STATUS_CHANGED\"]") List<String> events) {
    }

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

    @Schema(name = "WebhookPage", description = "A page of webhooks, oldest first")
    public record WebhookPage(List<WebhookResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryResponse(@Schema(description = "Sent as X-Registry-Delivery", example = "0b6f3c9e-2f4a-4c1e-8d7b-5a9e1f3c2d10") String id,
                            @Schema(description = "The feed cursor of the event delivered", example = "1042") String cursor,
                            @Schema(example = "MEMBER_STATUS_CHANGED") String event,
                            @Schema(description = "PENDING, DELIVERED or FAILED", example = "DELIVERED") String status,
                            @Schema(example = "2") int attempts,
                            Instant createdAt,
                            Instant lastAttemptAt,
                            @Schema(description = "While PENDING") Instant nextAttemptAt,
                            @Schema(description = "The receiver's status code at the last attempt", example = "200") Integer responseStatus,
                            @Schema(description = "Why the last attempt failed", example = "the receiver answered 503") String error,
                            Instant deliveredAt) {

        static DeliveryResponse of(WebhookDelivery delivery) {
            return new DeliveryResponse(delivery.id(), String.valueOf(delivery.eventSequence()), delivery.eventType(), delivery.status().name(),
                    delivery.attempts(), delivery.createdAt(), delivery.lastAttemptAt().orElse(null), delivery.nextAttemptAt().orElse(null),
                    delivery.responseStatus().orElse(null), delivery.lastError().orElse(null), delivery.deliveredAt().orElse(null));
        }
    }

    @Schema(name = "WebhookDeliveryPage", description = "A page of the delivery log, newest event first")
    public record DeliveryPage(List<DeliveryResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
    }
}
