/** Reference data over HTTP: continents and countries, public, cacheable with ETags. */
package org.wic.registry.api.country;
