/** Dues over HTTP: dues runs, invoices and payments, statements and the arrears check. */
package org.wic.registry.api.dues;
