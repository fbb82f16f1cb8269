package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.personaldata.PersonalDataService;

import java.util.List;

@Schema(name = "PersonalData", description = "Everything the registry holds about one person, found by email")
public record HeldResponse(@Schema(example = "amina@networks.example") String email, List<HeldContact> contacts, List<HeldAccount> accounts,
                   List<HeldApplication> applications,
                   @Schema(description = "Messages to the email (GET /api/v1/notifications/{id} shows each)", type = SchemaType.ARRAY,
                           implementation = HeldNotification.class) List<HeldNotification> notifications,
                   @Schema(description = "Audit events about these records or holding the email", type = SchemaType.ARRAY, implementation = HeldAuditEvent.class)
                   List<HeldAuditEvent> auditEvents) {

    static HeldResponse of(PersonalDataService.Held held) {
        return new HeldResponse(held.email(), held.contacts().stream().map(HeldContact::of).toList(), held.accounts().stream().map(HeldAccount::of).toList(),
                held.applications().stream().map(HeldApplication::of).toList(), held.notifications().stream().map(HeldNotification::of).toList(),
                held.auditEvents().stream().map(HeldAuditEvent::of).toList());
    }
}
