/**
 * CSV exports (members with contacts, the directory, invoices, payments), read in chunks of rows so
 * that memory stays flat however many there are, and the members import, which checks a whole file
 * before it writes anything.
 */
package org.wic.registry.exchange;
