/** CSV exports streamed to the secretariat, and the members import. */
package org.wic.registry.api.exchange;
