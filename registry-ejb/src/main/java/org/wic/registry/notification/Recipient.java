package org.wic.registry.notification;

/** Whom a message goes to, and in which language. */
public record Recipient(String email, String name, Language language) {
}
