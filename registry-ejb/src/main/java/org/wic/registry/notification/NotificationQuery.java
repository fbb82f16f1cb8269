package org.wic.registry.notification;

import java.util.Optional;

/** The secretariat's filters of the outbox: recipient (exact address, any case), kind, status. */
public record NotificationQuery(Optional<String> recipient, Optional<NotificationKind> kind, Optional<NotificationStatus> status) {
}
