package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.member.MemberContact;

@Schema(name = "PersonalDataContact", description = "A member contact")
public record HeldContact(@Schema(example = "WIC-000123") String memberNumber, @Schema(example = "Example Networks Ltd") String memberName,
                          @Schema(example = "45") long id, String name, String title, String email, String phone, boolean primary) {

    static HeldContact of(MemberContact contact) {
        return new HeldContact(contact.member().number().toString(), contact.member().legalName(), contact.id(), contact.name(),
                contact.title().orElse(null), contact.email(), contact.phone().orElse(null), contact.primary());
    }
}
