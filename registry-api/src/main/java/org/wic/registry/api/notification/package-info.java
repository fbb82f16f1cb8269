/** The e-mail outbox for the secretariat: what was, or will be, sent to whom, and sending a failed message again. */
package org.wic.registry.api.notification;
