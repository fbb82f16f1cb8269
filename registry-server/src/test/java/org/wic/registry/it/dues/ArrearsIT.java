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
import org.wic.registry.persistence.Versions;
import org.wic.registry.time.RegistryCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arrears with the registry's clock stopped and moved by the test ({@link SettableClock}): members
 * join on 10 January 2026; the check runs after the grace period, in a transaction the test rolls
 * back (it suspends every member in arrears on that day, other tests' members too).
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

    @Inject
    private RegistryCalendar calendar;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("arrears-it").addClasses(DuesFixtures.class, SettableClock.class);
    }

    @Test
    void overdueBeyondTheGraceIsSuspendedAndPayingInFullReinstates() throws Exception {
        SettableClock.NOW.set(Instant.parse("2026-01-10T09:00:00Z"));
        String inArrears = DuesFixtures.admit(applications, "Arrears Member");
        String suspendedOtherwise = DuesFixtures.admit(applications, "Suspended Member");
        Invoice invoice = firstInvoice(inArrears);
        assertThat(invoice.issuedOn()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(invoice.dueOn()).isEqualTo(LocalDate.of(2026, 3, 11));

        transaction.begin();
        try {
            moveClockTo(invoice.dueOn().plusDays(arrears.graceDays()));
            assertThat(arrears.check(DuesFixtures.OFFICER, calendar.today())).as("on the last day of grace").doesNotContain(inArrears);
            members.changeStatus(DuesFixtures.OFFICER, suspendedOtherwise, Versions.ANY, MemberStatus.SUSPENDED, "Code of conduct review");

            moveClockTo(invoice.dueOn().plusDays(arrears.graceDays() + 1));
            LocalDate graceOver = calendar.today();
            List<String> suspended = arrears.check(DuesFixtures.OFFICER, graceOver);

            assertThat(suspended).contains(inArrears).doesNotContain(suspendedOtherwise);
            assertThat(members.get(inArrears).status()).isEqualTo(MemberStatus.SUSPENDED);
            assertThat(lastChange(inArrears).reason()).isEqualTo("ARREARS");
            assertThat(arrears.check(DuesFixtures.OFFICER, graceOver)).as("a second check changes nothing").doesNotContain(inArrears);

            invoices.pay(DuesFixtures.OFFICER, invoice.number(), new InvoiceService.PaymentForm(invoice.balance(), graceOver, "BANK_TRANSFER", null));

            assertThat(invoices.get(DuesFixtures.OFFICER, invoice.number()).status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(members.get(inArrears).status()).as("reinstated in the payment's transaction").isEqualTo(MemberStatus.ACTIVE);
            assertThat(lastChange(inArrears).reason()).startsWith("ARREARS cleared");

            Invoice other = firstInvoice(suspendedOtherwise);
            invoices.pay(DuesFixtures.OFFICER, other.number(), new InvoiceService.PaymentForm(other.balance(), graceOver, "CARD", null));
            assertThat(members.get(suspendedOtherwise).status()).as("suspended for another reason: stays").isEqualTo(MemberStatus.SUSPENDED);
        } finally {
            transaction.rollback();
            SettableClock.NOW.set(Instant.parse("2026-01-10T09:00:00Z"));
        }
    }

    private static void moveClockTo(LocalDate day) {
        SettableClock.NOW.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
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
