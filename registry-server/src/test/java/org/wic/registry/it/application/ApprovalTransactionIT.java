package org.wic.registry.it.application;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.application.Application;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.application.ApplicationStatus;
import org.wic.registry.audit.AuditLog;
import org.wic.registry.audit.AuditQuery;
import org.wic.registry.it.Deployments;
import org.wic.registry.member.Member;
import org.wic.registry.member.MemberService;
import org.wic.registry.member.MemberStatus;
import org.wic.registry.paging.PageRequest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In the server: approval is one transaction, which makes the whole member or nothing. */
@ExtendWith(ArquillianExtension.class)
class ApprovalTransactionIT {

    @Inject
    private ApplicationService applications;

    @Inject
    private MemberService members;

    @Inject
    private AuditLog auditLog;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("approval-transaction-it").addClass(FailingAdmissionObserver.class).addClass(ApplicationFixtures.class);
    }

    @Test
    void approvalCreatesTheMemberWithTheNextNumberTheTierAndThePrimaryContact() {
        long id = ApplicationFixtures.underReview(applications, ApplicationFixtures.OFFICER, "Approved Org " + UUID.randomUUID());
        long highestBefore = highestMemberNumber();

        Application approved = applications.approve(ApplicationFixtures.OFFICER, id, "ASSOCIATE", Optional.of("Welcome"));

        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        Member member = members.get(approved.memberNumber().orElseThrow().toString());
        assertThat(member.number().value()).isGreaterThan(highestBefore);
        assertThat(member.legalName()).isEqualTo(approved.legalName());
        assertThat(member.tier().code()).isEqualTo("ASSOCIATE");
        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.joinedOn()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(member.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.primary()).isTrue();
            assertThat(contact.email()).isEqualTo(approved.contact().email());
        });
        assertThat(auditActions("member", member.number().toString())).containsExactly("member.created");
        assertThat(auditActions("application", String.valueOf(id))).first().isEqualTo("application.approved");
    }

    @Test
    void aFailingParticipantRollsTheWholeApprovalBack() {
        String name = FailingAdmissionObserver.FAIL_MARKER + " " + UUID.randomUUID();
        long id = ApplicationFixtures.underReview(applications, ApplicationFixtures.OFFICER, name);

        assertThatThrownBy(() -> applications.approve(ApplicationFixtures.OFFICER, id, "ASSOCIATE", Optional.empty()));

        Application after = applications.get(ApplicationFixtures.OFFICER, id);
        assertThat(after.status()).isEqualTo(ApplicationStatus.UNDER_REVIEW);
        assertThat(after.memberNumber()).isEmpty();
        assertThat(entityManager.createQuery("SELECT COUNT(m) FROM Member m WHERE m.legalName = :name", Long.class)
                .setParameter("name", name).getSingleResult()).isZero();
        assertThat(entityManager.createQuery("SELECT COUNT(c) FROM MemberContact c WHERE c.email = :email", Long.class)
                .setParameter("email", after.contact().email()).getSingleResult()).isZero();
        assertThat(auditActions("application", String.valueOf(id))).doesNotContain("application.approved");
    }

    private long highestMemberNumber() {
        Long highest = entityManager.createQuery("SELECT MAX(m.id) FROM Member m", Long.class).getSingleResult();
        return highest == null ? 0 : highest;
    }

    private List<String> auditActions(String entityType, String entityId) {
        return auditLog.search(new AuditQuery(Optional.of(entityType), Optional.of(entityId), Optional.empty(), Optional.empty(), Optional.empty()),
                PageRequest.first(50)).items().stream().map(event -> event.action()).toList();
    }
}
