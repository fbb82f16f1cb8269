package org.wic.registry.api.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.RenderedMessage;

import java.time.Instant;
import java.util.List;

/** One message of the outbox; with its rendered text when read on its own. */
@Schema(name = "Notification")
public record NotificationResponse(
        @Schema(example = "4150") long id,
        @Schema(description = "APPLICATION_RECEIVED, INFORMATION_REQUESTED, APPLICATION_APPROVED, APPLICATION_REJECTED, APPLICATION_WITHDRAWN,"
                + " INVITATION, PASSWORD_RESET, INVOICE_ISSUED, PAYMENT_RECEIVED, PAYMENT_REMINDER, FINAL_NOTICE, MEMBER_SUSPENDED or MEMBER_REINSTATED",
                example = "INVOICE_ISSUED") String kind,
        @Schema(example = "m.okafor@lagos-digital.example") String recipient,
        @Schema(example = "Mariam Okafor") String recipientName,
        @Schema(description = "en or zh", example = "en") String language,
        @Schema(example = "WIC-000042") String memberNumber,
        @Schema(example = "1207") Long applicationId,
        @Schema(description = "The account an invitation or password reset is for", example = "m.okafor@lagos-digital.example") String accountUsername,
        @Schema(description = "PENDING, SENT or FAILED", example = "SENT") String status,
        @Schema(example = "1") int attempts,
        @Schema(example = "2026-11-23T09:00:00Z") Instant createdAt,
        @Schema(description = "When the next attempt is due, while PENDING", example = "2026-11-23T09:00:02Z") Instant nextAttemptAt,
        @Schema(example = "2026-11-23T09:00:02Z") Instant lastAttemptAt,
        @Schema(description = "Why the last attempt failed", example = "SMTP server unreachable: connection refused") String lastError,
        @Schema(example = "2026-11-23T09:00:02Z") Instant sentAt,
        @Schema(description = "What is attached when it is sent", example = "invoice:2026-000042") String attachment,
        @Schema(description = "The message as rendered (secrets and one-time links masked); only when read on its own") Message message) {

    /** Subject, plain text and HTML, as the recipient gets them. */
    @Schema(name = "NotificationMessage")
    public record Message(@Schema(example = "Invoice 2026-000042: membership dues 2026") String subject,
                          @Schema(example = "Dear Mariam Okafor, …") String text,
                          @Schema(example = "<!DOCTYPE html>…") String html,
                          @Schema(description = "File names of the attachments", example = "[\"2026-000042.pdf\"]") List<String> attachments) {
    }

    public static NotificationResponse summary(Notification notification) {
        return of(notification, null);
    }

    public static NotificationResponse detail(Notification notification, RenderedMessage message) {
        return of(notification, new Message(message.subject(), message.text(), message.html(),
                notification.attachment().map(reference -> reference.substring(reference.indexOf(':') + 1) + ".pdf").stream().toList()));
    }

    private static NotificationResponse of(Notification n, Message message) {
        return new NotificationResponse(n.id(), n.kind().name(), n.recipient().email(), n.recipient().name(), n.recipient().language().code(),
                n.memberNumber().orElse(null), n.applicationId().orElse(null), n.accountUsername().orElse(null), n.status().name(), n.attempts(), n.createdAt(),
                n.nextAttemptAt().orElse(null), n.lastAttemptAt().orElse(null), n.lastError().orElse(null), n.sentAt().orElse(null),
                n.attachment().orElse(null), message);
    }
}
