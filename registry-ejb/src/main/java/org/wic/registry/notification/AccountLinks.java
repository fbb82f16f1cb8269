package org.wic.registry.notification;

import java.time.Instant;

/**
 * Issues the one-time token of an invitation or a password reset when its message is sent (the
 * account package implements it): the token exists in the message only, its hash in the database,
 * and a message sent again carries a new one.
 */
public interface AccountLinks {

    /** A token issued for this account and purpose, and when it expires. */
    record Issued(String token, Instant expiresAt) {
    }

    Issued issue(String username, NotificationKind purpose);
}
