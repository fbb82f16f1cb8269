package org.wic.registry.notification;

import java.util.Optional;

/**
 * Makes the file a notification names ({@code invoice:2026-000001}), when it is sent: the dues
 * package implements it, so that this package need not know invoices.
 */
public interface AttachmentSource {

    /** The file, if this source makes files of that reference's kind and the thing still exists. */
    Optional<Attachment> attachment(String reference, Language language);
}
