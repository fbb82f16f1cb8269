/**
 * The append-only audit trail: every state change writes an event in the same transaction as the
 * change (who, when, what, and the changed fields before and after, never a secret), so a failed
 * request leaves none. Nothing in the application updates or deletes an event.
 */
package org.wic.registry.audit;
