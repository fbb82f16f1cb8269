package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.notification.Notification;

import java.time.Instant;

@Schema(name = "PersonalDataNotification", description = "A message the registry sent, or will send, to the email")
public record HeldNotification(@Schema(example = "4150") long id, @Schema(example = "INVOICE_ISSUED") String kind, @Schema(example = "SENT") String status,
                               @Schema(example = "Amina Wanjiru") String recipientName, Instant createdAt) {

    static HeldNotification of(Notification notification) {
        return new HeldNotification(notification.id(), notification.kind().name(), notification.status().name(), notification.recipient().name(),
                notification.createdAt());
    }
}
