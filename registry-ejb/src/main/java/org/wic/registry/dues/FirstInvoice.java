package org.wic.registry.dues;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.wic.registry.member.MemberAdmitted;

/** A new member's first invoice, prorated, issued in the approval's transaction: both happen or neither. */
@ApplicationScoped
public class FirstInvoice {

    @Inject
    private InvoiceService invoices;

    void onAdmission(@Observes MemberAdmitted admitted) {
        invoices.issueFirst(admitted.admittedBy(), admitted.member());
    }
}
