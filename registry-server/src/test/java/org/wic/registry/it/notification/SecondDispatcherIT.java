package org.wic.registry.it.notification;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.it.Applicants;
import org.wic.registry.it.Deployments;
import org.wic.registry.it.Identities;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second registry shares the outbox: this test's deployment carries the domain, with a dispatcher
 * of its own beside the EAR's, as another instance would have (each takes the outbox's lease when
 * it is free; the claims would keep even two sending at once apart). Twenty applications submitted
 * at once: each applicant gets their message exactly once.
 */
@ExtendWith(ArquillianExtension.class)
class SecondDispatcherIT {

    private static final int APPLICANTS = 20;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.domain("second-dispatcher-it");
    }

    @Test
    void twoDispatchersSendEachMessageOnce() throws Exception {
        try (Mailbox mailbox = Mailbox.open()) {
            List<String> emails = new ArrayList<>();
            List<JsonObject> forms = new ArrayList<>();
            for (int i = 0; i < APPLICANTS; i++) {
                JsonObject form = Applicants.form(Identities.unique("Twice Networks")).build();
                forms.add(form);
                emails.add(form.getJsonObject("contact").getString("email"));
            }
            ExecutorService submitters = Executors.newFixedThreadPool(8);
            List<Future<JsonObject>> submitted = new ArrayList<>();
            forms.forEach(form -> submitted.add(submitters.submit(() -> Applicants.submit(form))));
            for (Future<JsonObject> done : submitted) {
                done.get();
            }
            submitters.shutdown();
            emails.forEach(email -> mailbox.await(email, "We received your application"));
            Mailbox.sleep(6_000); // both dispatchers pass at least twice more: a second copy would arrive now
            emails.forEach(email -> assertThat(mailbox.to(email)).as(email).hasSize(1));
        }
    }
}
