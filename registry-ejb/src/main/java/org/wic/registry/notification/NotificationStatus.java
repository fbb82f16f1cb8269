package org.wic.registry.notification;

/** PENDING until sent; FAILED after the last attempt (an officer may send it again); SENT once the SMTP server took it. */
public enum NotificationStatus {
    PENDING, SENT, FAILED
}
