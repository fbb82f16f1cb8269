package org.wic.registry.notification;

/** A file attached to a message: an invoice or a receipt as PDF. */
public record Attachment(String fileName, String contentType, byte[] content) {
}
