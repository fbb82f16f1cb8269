/** Figures about the membership and the application workflow, counted by the database, never by loading rows. */
package org.wic.registry.statistics;
