package org.wic.registry.api.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.member.MemberContactService;

@Schema(name = "NewContact")
public record ContactRequest(
        @Schema(description = "1 to 120 characters", example = "Amina Wanjiru", required = true) String name,
        @Schema(description = "Optional", example = "Head of partnerships") String title,
        @Schema(example = "amina@networks.example", required = true) String email,
        @Schema(description = "Optional", example = "+254 20 123 4567") String phone,
        @Schema(description = "true makes it the primary contact in place of the current one", example = "false") Boolean primary,
        @Schema(description = "true: also gets the dues mail (invoices, receipts, reminders)", example = "false") Boolean billing,
        @Schema(description = "true: no mail but invoices, receipts and account mail", example = "false") Boolean mailOptOut) {

    MemberContactService.ContactForm form() {
        return new MemberContactService.ContactForm(name, title, email, phone, primary, billing, mailOptOut);
    }
}
