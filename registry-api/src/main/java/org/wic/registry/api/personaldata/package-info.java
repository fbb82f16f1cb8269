/** Personal data requests: what the registry holds about one person, and its erasure. */
package org.wic.registry.api.personaldata;
