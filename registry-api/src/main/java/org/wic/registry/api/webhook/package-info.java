/** Webhooks: partners' subscriptions to change-feed events, and their delivery logs. */
package org.wic.registry.api.webhook;
