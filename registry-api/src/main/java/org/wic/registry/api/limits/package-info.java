/** What one caller may send: requests a minute (RateLimit-* headers, 429) and body sizes (413), checked before a resource runs. */
package org.wic.registry.api.limits;
