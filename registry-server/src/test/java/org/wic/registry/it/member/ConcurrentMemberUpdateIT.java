package org.wic.registry.it.member;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.application.ApplicationForm;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.StaleVersionException;
import org.wic.registry.it.Deployments;
import org.wic.registry.member.MemberPatch;
import org.wic.registry.member.MemberService;
import org.wic.registry.persistence.Versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** In the server, on the database the build chose: two PATCHes based on the same ETag at once → one 200, one 412. */
@ExtendWith(ArquillianExtension.class)
class ConcurrentMemberUpdateIT {

    private static final Caller OFFICER = Caller.account("concurrent-update-it", Role.SECRETARIAT, Optional.empty());

    @Inject
    private MemberService members;

    @Inject
    private ApplicationService applications;

    @Resource
    private ManagedExecutorService executor;

    @Deployment
    static WebArchive deployment() {
        return Deployments.domain("concurrent-member-update-it");
    }

    @Test
    void twoWritesFromTheSameVersionYieldOneSuccessAndOneStaleVersion() throws Exception {
        String number = admitted();
        String etag = Versions.entityTag(members.get(number).version());
        var start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String website : List.of("https://first.example", "https://second.example")) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    members.update(OFFICER, number, etag, new MemberPatch(Map.of("website", website)));
                    return "200 " + website;
                } catch (StaleVersionException stale) {
                    return "412";
                }
            }));
        }
        start.countDown();

        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(1, TimeUnit.MINUTES));
        }

        assertThat(results).filteredOn(result -> result.startsWith("200")).hasSize(1);
        assertThat(results).filteredOn("412"::equals).hasSize(1);
        String winner = results.stream().filter(result -> result.startsWith("200")).findFirst().orElseThrow().substring(4);
        assertThat(members.get(number).website()).as("the winner's change, not overwritten").contains(winner);
    }

    private String admitted() {
        var form = new ApplicationForm("Concurrent Update " + UUID.randomUUID(), "ENTERPRISE", "KE", null, null, "FULL", "Contact Person",
                "contact@concurrent.example", null, "In-container test application.", null);
        long id = applications.submit(Caller.anonymous(), form).application().id();
        applications.startReview(OFFICER, id);
        return applications.approve(OFFICER, id, "FULL", Optional.empty()).memberNumber().orElseThrow().toString();
    }
}
