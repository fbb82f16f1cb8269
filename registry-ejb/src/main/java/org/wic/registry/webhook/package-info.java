/**
 * Webhooks: partners subscribe a URL to change-feed events; a dispatcher queues each later event as
 * a delivery (the outbox) and POSTs it signed with the subscription's secret, retrying with
 * exponential backoff. Changes never wait for deliveries; the feed stays the source of truth.
 */
package org.wic.registry.webhook;
