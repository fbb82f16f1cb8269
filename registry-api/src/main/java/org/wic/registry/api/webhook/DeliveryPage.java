package org.wic.registry.api.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookDeliveryPage", description = "A page of the delivery log, newest event first")
public record DeliveryPage(List<DeliveryResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
