/**
 * Members' personal data: everything the registry holds about one person, found by email, and its
 * erasure (name, email and phone replaced by a marker everywhere), which keeps the financial
 * records and the audit trail, with the erasure itself audited.
 */
package org.wic.registry.personaldata;
