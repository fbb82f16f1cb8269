package org.wic.registry.it.application;

import org.wic.registry.application.ApplicationForm;
import org.wic.registry.application.ApplicationService;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;

import java.util.Optional;
import java.util.UUID;

/** Applications for in-container tests, through the real service. */
final class ApplicationFixtures {

    static final Caller OFFICER = Caller.account("application-it", Role.SECRETARIAT, Optional.empty());

    private ApplicationFixtures() {
    }

    /** A submitted enterprise application, its review started; answers its id. */
    static long underReview(ApplicationService applications, Caller officer, String legalName) {
        String mail = "it-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var form = new ApplicationForm(legalName, "ENTERPRISE", "KE", null, null, "ASSOCIATE", "Contact Person", mail, null,
                "In-container test application.", null);
        long id = applications.submit(Caller.anonymous(), form).application().id();
        applications.startReview(officer, id);
        return id;
    }
}
