package org.wic.registry.dues;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.member.Member;
import org.wic.registry.notification.MessageValues;
import org.wic.registry.notification.Notification;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.Notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dunning, run with the daily arrears check: a payment reminder REGISTRY_REMINDER_DAYS (14) after an
 * unpaid invoice's due date, and a final notice REGISTRY_FINAL_NOTICE_DAYS (14) before the arrears
 * suspension (the grace period after the due date). Each goes out once per invoice, on that day or
 * on the first check after it (a server that was down catches up); when the final notice is due,
 * the reminder is not sent as well. Concurrent checks never send one twice: each invoice is marked
 * by a conditional UPDATE, and only the check that marks it queues the message.
 */
@Stateless
public class DunningService {

    @Inject
    private InvoiceRepository invoices;

    @Inject
    private ArrearsService arrears;

    @Inject
    private Notifications notifications;

    @Inject
    @ConfigProperty(name = "registry.reminder-days", defaultValue = "14")
    private int reminderDays;

    @Inject
    @ConfigProperty(name = "registry.final-notice-days", defaultValue = "14")
    private int finalNoticeDays;

    /** The invoices a reminder and a final notice went out for. */
    public record Sent(List<String> reminders, List<String> finalNotices) {
    }

    public Sent remind(Caller caller, LocalDate today) {
        caller.require(Role.SECRETARIAT);
        int grace = arrears.graceDays();
        // the suspension comes the day after the grace period ends; the notice this many days before it
        int finalNoticeAfter = Math.max(grace + 1 - finalNoticeDays, 0);
        List<String> finalNotices = new ArrayList<>();
        for (Invoice invoice : invoices.owedWithout(true, today.minusDays(finalNoticeAfter - 1L))) {
            if (invoices.markSent(invoice, true, today)) {
                invoices.markSent(invoice, false, today); // no reminder after the final notice
                queue(NotificationKind.FINAL_NOTICE, invoice, Optional.of(invoice.dueOn().plusDays(grace + 1L)));
                finalNotices.add(invoice.number().value());
            }
        }
        List<String> reminders = new ArrayList<>();
        for (Invoice invoice : invoices.owedWithout(false, today.minusDays(reminderDays - 1L))) {
            if (invoices.markSent(invoice, false, today)) {
                queue(NotificationKind.PAYMENT_REMINDER, invoice, Optional.empty());
                reminders.add(invoice.number().value());
            }
        }
        return new Sent(reminders, finalNotices);
    }

    private void queue(NotificationKind kind, Invoice invoice, Optional<LocalDate> suspensionOn) {
        Member member = invoice.member();
        notifications.queue(kind, member.recipients(kind), MessageValues.of("invoiceNumber", invoice.number()).with("memberNumber", member.number())
                        .with("legalName", member.legalName()).with("dueOn", invoice.dueOn()).with("balance", invoice.balance())
                        .with("suspensionOn", suspensionOn).with("linkPath", InvoiceService.PORTAL_INVOICES),
                Notification.Subject.member(member.number().toString()), Optional.empty());
    }
}
