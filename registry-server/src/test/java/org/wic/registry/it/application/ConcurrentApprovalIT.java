package org.wic.registry.it.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.error.IllegalTransitionException;
import org.wic.registry.it.Deployments;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** In the server, on the database the build chose: twenty reviewers approving one application at once make one member. */
@ExtendWith(ArquillianExtension.class)
class ConcurrentApprovalIT {

    private static final int REVIEWERS = 20;

    @Inject
    private ApplicationService applications;

    @Resource
    private ManagedExecutorService executor;

    @PersistenceContext(unitName = "registry")
    private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("concurrent-approval-it").addClass(ApplicationFixtures.class);
    }

    @Test
    void twentyConcurrentApprovalsYieldExactlyOneMember() throws Exception {
        String name = "Contested Org " + UUID.randomUUID();
        long id = ApplicationFixtures.underReview(applications, ApplicationFixtures.OFFICER, name);
        var start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < REVIEWERS; i++) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    return "approved " + applications.approve(ApplicationFixtures.OFFICER, id, "ASSOCIATE", Optional.empty())
                            .memberNumber().orElseThrow();
                } catch (IllegalTransitionException alreadyDecided) {
                    return "409 " + alreadyDecided.currentState();
                }
            }));
        }
        start.countDown();

        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(2, TimeUnit.MINUTES));
        }

        assertThat(results).filteredOn(result -> result.startsWith("approved")).hasSize(1);
        assertThat(results).filteredOn(result -> result.equals("409 APPROVED")).hasSize(REVIEWERS - 1);
        assertThat(entityManager.createQuery("SELECT COUNT(m) FROM Member m WHERE m.legalName = :name", Long.class)
                .setParameter("name", name).getSingleResult()).isEqualTo(1);
    }
}
