package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.contact.ContactPerson;

@Schema(name = "Contact", description = "The applicant's contact person, who becomes the member's primary contact")
public record ContactJson(
        @Schema(example = "Amina Wanjiru") String name,
        @Schema(example = "amina@networks.example") String email,
        @Schema(description = "Optional", example = "+254 20 000 0000") String phone) {

    static ContactJson of(ContactPerson person) {
        return new ContactJson(person.name(), person.email(), person.phone().orElse(null));
    }
}
