package org.wic.registry.api.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.webhook.WebhookDelivery;

import java.time.Instant;

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
