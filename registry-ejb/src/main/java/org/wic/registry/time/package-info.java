/** The registry's clock: injected wherever a rule depends on the time, so tests can set it. */
package org.wic.registry.time;
