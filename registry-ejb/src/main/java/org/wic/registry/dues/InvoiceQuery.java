package org.wic.registry.dues;

import org.wic.registry.member.MemberNumber;

import java.util.Optional;

/** Which invoices the secretariat lists; every filter is optional. */
public record InvoiceQuery(Optional<MemberNumber> memberNumber, Optional<Integer> year, Optional<InvoiceStatus> status, Optional<Boolean> overdue) {
}
