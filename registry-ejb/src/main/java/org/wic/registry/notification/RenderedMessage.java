package org.wic.registry.notification;

import java.util.List;

/** A message ready to send (or to show an officer): subject, plain text, HTML, attachments. */
public record RenderedMessage(String subject, String text, String html, List<Attachment> attachments) {

    public RenderedMessage {
        attachments = List.copyOf(attachments);
    }
}
