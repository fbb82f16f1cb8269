/** The audit trail over HTTP, for the secretariat: filtered by entity, actor and time, newest first. */
package org.wic.registry.api.audit;
