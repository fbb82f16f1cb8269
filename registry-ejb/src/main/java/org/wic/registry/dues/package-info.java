/**
 * Dues: invoices (one per member and year), payments and their reversals, dues runs that invoice
 * every member for a year in resumable chunks, arrears, statements and dues figures.
 */
package org.wic.registry.dues;
