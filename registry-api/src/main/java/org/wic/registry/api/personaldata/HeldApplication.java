package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.application.Application;

import java.time.Instant;

@Schema(name = "PersonalDataApplication", description = "An application the person is the contact of")
public record HeldApplication(long id, String legalName, String status, Instant submittedAt, HeldContactPerson contact, String memberNumber) {

    static HeldApplication of(Application application) {
        return new HeldApplication(application.id(), application.legalName(), application.status().name(), application.submittedAt(),
                new HeldContactPerson(application.contact().name(), application.contact().email(), application.contact().phone().orElse(null)),
                application.memberNumber().map(Object::toString).orElse(null));
    }
}
