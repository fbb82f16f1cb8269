package org.wic.registry.dues;

import java.util.Optional;

/** Which invoices the secretariat lists; every filter is optional. */
public record InvoiceQuery(Optional<String> memberNumber, Optional<Integer> year, Optional<InvoiceStatus> status, Optional<Boolean> overdue) {
}
