/**
 * Rate limits per caller (API key, account, client address), as token buckets in Payara's data
 * grid (JCache over Hazelcast), so that every instance of a cluster counts the same requests.
 */
package org.wic.registry.ratelimit;
