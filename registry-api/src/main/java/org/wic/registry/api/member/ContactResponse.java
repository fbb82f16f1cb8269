package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.member.MemberContact;

@Schema(name = "Contact", description = "A person the registry writes to about a member (private); exactly one is primary")
public record ContactResponse(
        @Schema(example = "4150") long id,
        @Schema(example = "Amina Wanjiru") String name,
        @Schema(example = "Head of partnerships") String title,
        @Schema(example = "amina@networks.example") String email,
        @Schema(example = "+254 20 123 4567") String phone,
        @Schema(example = "true") boolean primary,
        @Schema(description = "Also gets the dues mail", example = "false") boolean billing,
        @Schema(description = "Gets no mail but invoices, receipts and account mail", example = "false") boolean mailOptOut) {

    static ContactResponse of(MemberContact contact) {
        return new ContactResponse(contact.id(), contact.name(), contact.title().orElse(null), contact.email(), contact.phone().orElse(null),
                contact.primary(), contact.billing(), contact.mailOptOut());
    }
}
