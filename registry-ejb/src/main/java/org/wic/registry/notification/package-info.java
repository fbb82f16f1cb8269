/**
 * E-mail to applicants, members and account holders: an outbox row written in the transaction of the
 * change that causes it, rendered from templates in the recipient's language and sent afterwards by
 * the dispatcher over SMTP, with retries; invoices and receipts attached as PDF.
 */
package org.wic.registry.notification;
