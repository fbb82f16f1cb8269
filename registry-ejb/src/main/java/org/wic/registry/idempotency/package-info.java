/**
 * Idempotent creation: a POST sent again with the same Idempotency-Key and body gets the first
 * answer, and nothing is created twice, also when the two arrive at once. The first answer is kept
 * for a day, encrypted under a key derived from the client's Idempotency-Key.
 */
package org.wic.registry.idempotency;
