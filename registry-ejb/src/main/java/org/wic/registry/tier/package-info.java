/** Membership tiers: dues, the categories each is open to, a vote or not; deactivated, never deleted. */
package org.wic.registry.tier;
