package org.wic.registry.it.dues;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.account.AccountService;
import org.wic.registry.account.AccountTokens;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.ArrearsService;
import org.wic.registry.dues.DunningService;
import org.wic.registry.dues.Invoice;
import org.wic.registry.dues.InvoiceService;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.it.Deployments;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.NotificationQuery;
import org.wic.registry.notification.NotificationService;
import org.wic.registry.paging.PageRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dunning on the registry's clock, stopped and moved by the test ({@link SettableClock}): the reminder
 * 14 days after the due date, the final notice 14 days before the arrears suspension, each once; and
 * one-time account links that expire. In transactions the test rolls back (the checks remind every
 * member in arrears on those days, other tests' members too).
 */
@ExtendWith(ArquillianExtension.class)
class DunningIT {

    @Inject
    private DunningService dunning;

    @Inject
    private ArrearsService arrears;

    @Inject
    private InvoiceService invoices;

    @Inject
    private ApplicationService applications;

    @Inject
    private NotificationService notifications;

    @Inject
    private AccountService accounts;

    @Inject
    private AccountTokens tokens;

    @Inject
    private UserTransaction transaction;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("dunning-it").addClasses(DuesFixtures.class, SettableClock.class);
    }

    @Test
    void theReminderAndTheFinalNoticeGoOutOnTheirDaysOnce() throws Exception {
        SettableClock.NOW.set(Instant.parse("2026-01-10T09:00:00Z"));
        String member = DuesFixtures.admit(applications, "Dunning Member");
        Invoice invoice = invoices.get(DuesFixtures.OFFICER, invoices.statement(DuesFixtures.OFFICER, member).entries().get(0).invoiceNumber());
        String number = invoice.number().value();
        LocalDate due = invoice.dueOn();
        LocalDate suspension = due.plusDays(arrears.graceDays() + 1L);

        transaction.begin();
        try {
            assertThat(remindOn(due.plusDays(13)).reminders()).as("13 days after the due date").doesNotContain(number);
            assertThat(remindOn(due.plusDays(14)).reminders()).as("14 days after").contains(number);
            assertThat(remindOn(due.plusDays(15)).reminders()).as("once").doesNotContain(number);
            assertThat(queued(member, NotificationKind.PAYMENT_REMINDER)).singleElement()
                    .satisfies(reminder -> assertThat(reminder.values().get("dueOn")).hasValue(due.toString()));

            assertThat(remindOn(suspension.minusDays(15)).finalNotices()).as("15 days before the suspension").doesNotContain(number);
            assertThat(remindOn(suspension.minusDays(14)).finalNotices()).as("14 days before").contains(number);
            assertThat(remindOn(suspension.minusDays(13)).finalNotices()).as("once").doesNotContain(number);
            assertThat(queued(member, NotificationKind.FINAL_NOTICE)).singleElement()
                    .satisfies(notice -> assertThat(notice.values().get("suspensionOn")).hasValue(suspension.toString()));
            assertThat(queued(member, NotificationKind.PAYMENT_REMINDER)).as("no second reminder").hasSize(1);
        } finally {
            transaction.rollback();
            SettableClock.NOW.set(Instant.parse("2026-01-10T09:00:00Z"));
        }
    }

    @Test
    void aLateInvoiceGetsOnlyTheFinalNoticeWhenBothAreDue() throws Exception {
        SettableClock.NOW.set(Instant.parse("2026-01-10T09:00:00Z"));
        String member = DuesFixtures.admit(applications, "Late Dunning Member");
        Invoice invoice = invoices.get(DuesFixtures.OFFICER, invoices.statement(DuesFixtures.OFFICER, member).entries().get(0).invoiceNumber());
        transaction.begin();
        try {
            DunningService.Sent sent = remindOn(invoice.dueOn().plusDays(arrears.graceDays() - 5L));
            assertThat(sent.finalNotices()).contains(invoice.number().value());
            assertThat(sent.reminders()).doesNotContain(invoice.number().value());
            assertThat(queued(member, NotificationKind.PAYMENT_REMINDER)).isEmpty();
        } finally {
            transaction.rollback();
            SettableClock.NOW.set(Instant.parse("2026-01-10T09:00:00Z"));
        }
    }

    @Test
    void aResetLinkWorksUntilItExpiresAndAnInvitationForSevenDays() throws Exception {
        Instant start = Instant.parse("2026-01-10T09:00:00Z");
        SettableClock.NOW.set(start);
        try {
            String member = DuesFixtures.admit(applications, "Link Member");
            // each refusal rolls its transaction back, so each step is a transaction of its own
            String username = accounts.open(DuesFixtures.OFFICER, "link-" + UUID.randomUUID().toString().substring(0, 8), Role.MEMBER,
                    "a-long-enough-password-1", Optional.of(member)).username().value();
            String reset = issue(username, NotificationKind.PASSWORD_RESET);
            SettableClock.NOW.set(start.plus(Duration.ofHours(24)));
            assertThatThrownBy(() -> accounts.setPasswordWithToken(reset, "another-long-password-2"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("expired");

            String invitation = issue(username, NotificationKind.INVITATION);
            SettableClock.NOW.set(SettableClock.NOW.get().plus(Duration.ofDays(7)).minusSeconds(1));
            assertThat(accounts.setPasswordWithToken(invitation, "another-long-password-2").username().value()).isEqualTo(username);
            assertThatThrownBy(() -> accounts.setPasswordWithToken(invitation, "a-third-long-password-3"))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("used");

            String later = issue(username, NotificationKind.INVITATION);
            SettableClock.NOW.set(SettableClock.NOW.get().plus(Duration.ofDays(7)));
            assertThatThrownBy(() -> accounts.setPasswordWithToken(later, "a-third-long-password-3"))
                    .as("seven days later").isInstanceOf(InvalidInputException.class).hasMessageContaining("expired");
        } finally {
            SettableClock.NOW.set(start);
        }
    }

    private String issue(String username, NotificationKind purpose) throws Exception {
        transaction.begin();
        try {
            return tokens.issue(username, purpose).token();
        } finally {
            transaction.commit();
        }
    }

    private DunningService.Sent remindOn(LocalDate day) {
        SettableClock.NOW.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
        return dunning.remind(DuesFixtures.OFFICER, day);
    }

    private List<Notification> queued(String member, NotificationKind kind) {
        return notifications.search(DuesFixtures.OFFICER, new NotificationQuery(Optional.of("contact@dues.example"), Optional.of(kind), Optional.empty()),
                        PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(notification -> notification.memberNumber().filter(member::equals).isPresent())
                .toList();
    }
}
