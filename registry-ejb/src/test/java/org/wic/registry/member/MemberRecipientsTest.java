package org.wic.registry.member;

import org.junit.jupiter.api.Test;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.notification.Language;
import org.wic.registry.notification.NotificationKind;
import org.wic.registry.notification.Recipient;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TestTiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MemberRecipientsTest {

    private final Member member = Member.admit(new Member.Admission("Example Networks Ltd", Category.ENTERPRISE, "KE", Optional.empty(), Optional.empty(),
                    new ContactPerson("Amina", "amina@networks.example", Optional.empty()), Language.ZH),
            TestTiers.tier("FULL", Category.ENTERPRISE), LocalDate.of(2026, 3, 1), Instant.EPOCH);

    @Test
    void thePrimaryAndTheBillingContactsGetDuesMailAndAnOptOutKeepsOnlyInvoices() {
        MemberContact billing = member.addContact(new ContactPerson("Bao", "bao@networks.example", Optional.empty()), Optional.empty(), false);
        billing.billing(true);
        member.addContact(new ContactPerson("Chidi", "chidi@networks.example", Optional.empty()), Optional.empty(), false);

        assertThat(member.recipients(NotificationKind.PAYMENT_REMINDER)).extracting(Recipient::email)
                .containsExactly("amina@networks.example", "bao@networks.example");
        assertThat(member.recipients(NotificationKind.PAYMENT_REMINDER)).extracting(Recipient::language).containsOnly(Language.ZH);

        billing.mailOptOut(true);
        assertThat(member.recipients(NotificationKind.PAYMENT_REMINDER)).extracting(Recipient::email).containsExactly("amina@networks.example");
        assertThat(member.recipients(NotificationKind.INVOICE_ISSUED)).extracting(Recipient::email)
                .containsExactly("amina@networks.example", "bao@networks.example");
    }
}
