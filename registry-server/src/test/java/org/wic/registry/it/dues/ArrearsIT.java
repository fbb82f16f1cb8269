package org.wic.registry.it.dues;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.dues.ArrearsService;
import org.wic.registry.dues.Invoice;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.dues.InvoiceStatus;
import org.wic.registry.it.Deployments;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.member.MemberStatusChange;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arrears on a fixed day, in a transaction the test rolls back (the check suspends every member in
 * arrears on that day, and the test database holds other tests' members too).
 */
@ExtendWith(ArquillianExtension.class)
class ArrearsIT {

    @Inject
    private ArrearsService arrears;

    @Inject
    private InvoiceService invoices;

    @Inject
    private MemberService members;

    @Inject
    private ApplicationService applications;

    @Inject
    private UserTransaction transaction;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("arrears-it").addClass(DuesFixtures.class);
    }

    @Test
    void overdueBeyondTheGraceIsSuspendedAndPayingInFullReinstates() throws Exception {
        String inArrears = DuesFixtures.admit(applications, "Arrears Member");
        String suspendedOtherwise = DuesFixtures.admit(applications, "Suspended Member");
        Invoice invoice = firstInvoice(inArrears);
        LocalDate graceOver = invoice.dueOn().plusDays(arrears.graceDays() + 1);

        transaction.begin();
        try {
            assertThat(arrears.check(DuesFixtures.OFFICER, invoice.dueOn().plusDays(arrears.graceDays()))).as("on the last day of grace")
                    .doesNotContain(inArrears);
            members.changeStatus(DuesFixtures.OFFICER, suspendedOtherwise, "SUSPENDED", "Code of conduct review");

            List<String> suspended = arrears.check(DuesFixtures.OFFICER, graceOver);

            assertThat(suspended).contains(inArrears).doesNotContain(suspendedOtherwise);
            assertThat(members.get(inArrears).status()).isEqualTo(MemberStatus.SUSPENDED);
            assertThat(lastChange(inArrears).reason()).isEqualTo("ARREARS");
            assertThat(arrears.check(DuesFixtures.OFFICER, graceOver)).as("a second check changes nothing").doesNotContain(inArrears);

            invoices.pay(DuesFixtures.OFFICER, invoice.number(), new InvoiceService.PaymentForm(invoice.balance(), LocalDate.now(), "BANK_TRANSFER", null));

            assertThat(invoices.get(DuesFixtures.OFFICER, invoice.number()).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(members.get(inArrears).status()).as("reinstated in the payment's transaction").isEqualTo(MemberStatus.ACTIVE);
            assertThat(lastChange(inArrears).reason()).startsWith("ARREARS cleared");

            Invoice other = firstInvoice(suspendedOtherwise);
            invoices.pay(DuesFixtures.OFFICER, other.number(), new InvoiceService.PaymentForm(other.balance(), LocalDate.now(), "CARD", null));
            assertThat(members.get(suspendedOtherwise).status()).as("suspended for another reason: stays").isEqualTo(MemberStatus.SUSPENDED);
        } finally {
            transaction.rollback();
        }
    }

    private Invoice firstInvoice(String memberNumber) {
        return invoices.statement(DuesFixtures.OFFICER, memberNumber).entries().stream().findFirst()
                .map(entry -> invoices.get(DuesFixtures.OFFICER, entry.invoiceNumber())).orElseThrow();
    }

    private MemberStatusChange lastChange(String memberNumber) {
        List<MemberStatusChange> history = members.statusHistory(DuesFixtures.OFFICER, memberNumber);
        return history.get(history.size() - 1);
    }
}
