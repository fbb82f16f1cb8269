package org.wic.registry.it.demo;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.caller.Role;
import org.wic.registry.demo.DemoDataWriter;
import org.wic.registry.it.Deployments;
import org.wic.registry.member.MemberStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data, written through the real services on the database the build chose, inside a
 * transaction the test rolls back (the test databases hold the tests' own data, never the demo's).
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Inject
    private DemoDataWriter writer;

    @Inject
    private UserTransaction transaction;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("demo-data-it");
    }

    @Test
    void about120MembersApplicationsInEveryStateAndRepresentativesWhoCanSignIn() throws Exception {
        transaction.begin();
        try {
            long membersBefore = count("SELECT COUNT(m) FROM Member m");
            long maxIdBefore = entityManager.createQuery("SELECT COALESCE(MAX(m.id), 0) FROM Member m", Long.class).getSingleResult();

            List<String> representatives = writer.write("demo-password-for-the-test");

            assertThat(count("SELECT COUNT(m) FROM Member m") - membersBefore).isEqualTo(122); // 120, and 2 approved applications
            assertThat(entityManager.createQuery("SELECT COUNT(DISTINCT m.countryCode) FROM Member m WHERE m.id > :before", Long.class)
                    .setParameter("before", maxIdBefore).getSingleResult()).isEqualTo(24);
            assertThat(entityManager.createQuery("SELECT DISTINCT m.status FROM Member m WHERE m.id > :before", MemberStatus.class)
                    .setParameter("before", maxIdBefore).getResultList()).containsExactlyInAnyOrder(MemberStatus.values());
            assertThat(entityManager.createQuery("SELECT COUNT(c) FROM MemberStatusChange c WHERE c.member.id > :before", Long.class)
                    .setParameter("before", maxIdBefore).getSingleResult()).isGreaterThanOrEqualTo(5);
            assertThat(representatives).hasSize(6);
            assertThat(entityManager.createQuery("SELECT COUNT(i) FROM Invoice i WHERE i.member.id > :before", Long.class)
                    .setParameter("before", maxIdBefore).getSingleResult()).as("this year's dues of the members in good standing").isGreaterThan(110);
            assertThat(entityManager.createQuery("SELECT COUNT(p) FROM Payment p WHERE p.invoice.member.id > :before", Long.class)
                    .setParameter("before", maxIdBefore).getSingleResult()).isGreaterThan(60);
            assertThat(entityManager.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :member AND a.username LIKE 'rep-wic-%'", Long.class)
                    .setParameter("member", Role.MEMBER).getSingleResult()).isGreaterThanOrEqualTo(6);
            assertThat(entityManager.createQuery("SELECT COUNT(m) FROM Member m WHERE m.id > :before AND m.addressCity IS NOT NULL", Long.class)
                    .setParameter("before", maxIdBefore).getSingleResult()).isGreaterThan(60);
        } finally {
            transaction.rollback();
        }
    }

    private long count(String jpql) {
        return entityManager.createQuery(jpql, Long.class).getSingleResult();
    }
}
