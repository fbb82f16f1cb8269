package org.wic.registry.it.webhook;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.contact.ContactPerson;
import org.wic.registry.it.Deployments;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberService;
import org.wic.registry.notification.Language;
import org.wic.registry.tier.Category;
import org.wic.registry.tier.TierService;
import org.wic.registry.webhook.WebhookOutbox;
import org.wic.registry.webhook.WebhookService;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several dispatchers (servers sharing a database) may reach for the same due delivery at once:
 * exactly one of them makes the attempt. Eight claims race for it here, and the registry's own
 * dispatcher may join in (it passes every second): whoever wins, the delivery is claimed once.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentClaimIT {

    private static final Caller PARTNER = Caller.apiKey("wic_claimtest", "Claim test");
    private static final int CLAIMANTS = 8;

    private static final Caller SECRETARIAT = Caller.account("admin", Role.SECRETARIAT, Optional.empty());

    @Inject
    private MemberService members;

    @Inject
    private TierService tiers;

    @Inject
    private WebhookService webhooks;

    @Inject
    private WebhookOutbox outbox;

    @Inject
    private UserTransaction transaction;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Resource
    private ManagedExecutorService executor;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("concurrent-claim-it");
    }

    @Test
    void exactlyOneOfSeveralConcurrentClaimsGetsTheAttempt() throws Exception {
        long webhook = subscribe();
        String delivery = dueDelivery(webhook);
        try {
            var start = new CountDownLatch(1);
            List<Future<Optional<WebhookOutbox.Attempt>>> claims = new ArrayList<>();
            for (int i = 0; i < CLAIMANTS; i++) {
                claims.add(executor.submit(() -> {
                    start.await();
                    return outbox.claim(delivery);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Optional<WebhookOutbox.Attempt>> claim : claims) {
                won += claim.get().isPresent() ? 1 : 0;
            }

            int attempts = ((Number) entityManager.createNativeQuery("SELECT attempts FROM webhook_delivery WHERE id = ?").setParameter(1, delivery)
                    .getSingleResult()).intValue();

            assertThat(won).as("claims won here").isLessThanOrEqualTo(1);
            assertThat(attempts).as("claims made in all").isEqualTo(1);
            assertThat(outbox.claim(delivery)).as("a claimed delivery is leased, not due").isEmpty();
        } finally {
            remove(webhook);
        }
    }

    @Test
    void aDeliveryWhoseSecretCannotBeReadIsAFailedAttemptNotABlockage() throws Exception {
        long webhook = subscribe();
        transaction.begin();
        // as if REGISTRY_WEBHOOK_KEY had been changed since the webhook was created
        entityManager.createNativeQuery("UPDATE webhook SET secret_cipher = ? WHERE id = ?").setParameter(1, "c2VhbGVkIHVuZGVyIGFub3RoZXIga2V5")
                .setParameter(2, webhook).executeUpdate();
        transaction.commit();
        String delivery = dueDelivery(webhook);
        try {
            assertThat(outbox.claim(delivery)).isEmpty();

            Object[] row = (Object[]) entityManager.createNativeQuery("SELECT attempts, status, last_error FROM webhook_delivery WHERE id = ?")
                    .setParameter(1, delivery).getSingleResult();
            assertThat(((Number) row[0]).intValue()).isEqualTo(1);
            assertThat(row[1]).isEqualTo("PENDING");
            assertThat((String) row[2]).contains("signing secret cannot be read");
        } finally {
            remove(webhook);
        }
    }

    /** A webhook whose place in the feed is after a fresh event, so no dispatcher queues that event itself. */
    private long subscribe() throws Exception {
        transaction.begin();
        Member member = members.admit(SECRETARIAT, new Member.Admission("Claim Networks " + UUID.randomUUID(), Category.ENTERPRISE, "KE",
                Optional.empty(), Optional.empty(), new ContactPerson("Claim Tester", "claims@claim.example", Optional.empty()), Language.EN), tiers.get("FULL"),
                LocalDate.now());
        members.announce(member);
        long webhook = webhooks.subscribe(PARTNER, "http://127.0.0.1:9/claims", List.of("MEMBER_UPDATED")).webhook().id();
        transaction.commit();
        return webhook;
    }

    /** A delivery of the feed's latest event, due since a second ago. */
    private String dueDelivery(long webhook) throws Exception {
        transaction.begin();
        long event = entityManager.createQuery("SELECT MAX(e.sequence) FROM ChangeEvent e", Long.class).getSingleResult();
        String delivery = UUID.randomUUID().toString();
        entityManager.createNativeQuery("INSERT INTO webhook_delivery (id, webhook_id, event_sequence, event_type, status, attempts, created_at, "
                        + "next_attempt_at) VALUES (?, ?, ?, 'MEMBER_UPDATED', 'PENDING', 0, ?, ?)")
                .setParameter(1, delivery).setParameter(2, webhook).setParameter(3, event)
                .setParameter(4, Timestamp.from(Instant.now())).setParameter(5, Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS)))
                .executeUpdate();
        transaction.commit();
        return delivery;
    }

    private void remove(long webhook) throws Exception {
        transaction.begin();
        webhooks.remove(PARTNER, webhook);
        transaction.commit();
    }
}
