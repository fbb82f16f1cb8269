package org.wic.registry.api.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "NotificationPage", description = "A page of notifications, newest first")
public record NotificationPage(List<NotificationResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
