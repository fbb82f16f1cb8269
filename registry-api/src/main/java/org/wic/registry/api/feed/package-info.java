/** The change feed over HTTP, for partners and the secretariat. */
package org.wic.registry.api.feed;
