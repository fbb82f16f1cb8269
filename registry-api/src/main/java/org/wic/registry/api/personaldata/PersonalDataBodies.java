package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.application.Application;
import org.wic.registry.audit.AuditEvent;
import org.wic.registry.member.MemberContact;
import org.wic.registry.personaldata.PersonalDataService;
import org.wic.registry.security.Account;

import java.time.Instant;
import java.util.List;

/** The JSON of personal data requests. */
public final class PersonalDataBodies {

    private PersonalDataBodies() {
    }

    @Schema(name = "Erasure")
    public record ErasureRequest(@Schema(description = "The person's email", example = "amina@networks.example", required = true) String email,
                                 @Schema(description = "Why, for the audit trail: 1 to 2000 characters", example = "Erasure request of 2026-11-20",
                                         required = true) String reason) {
    }

    @Schema(name = "PersonalData", description = "Everything the registry holds about one person, found by email")
    public record Held(@Schema(example = "amina@networks.example") String email, List<HeldContact> contacts, List<HeldAccount> accounts,
                       List<HeldApplication> applications,
                       @Schema(description = "Audit events about these records or holding the email", type = SchemaType.ARRAY, implementation = HeldAuditEvent.class)
                       List<HeldAuditEvent> auditEvents) {

        static Held of(PersonalDataService.Held held) {
            return new Held(held.email(), held.contacts().stream().map(HeldContact::of).toList(), held.accounts().stream().map(HeldAccount::of).toList(),
                    held.applications().stream().map(HeldApplication::of).toList(), held.auditEvents().stream().map(HeldAuditEvent::of).toList());
        }
    }

    @Schema(name = "PersonalDataContact", description = "A member contact")
    public record HeldContact(@Schema(example = "WIC-000123") String memberNumber, @Schema(example = "Example Networks Ltd") String memberName,
                              @Schema(example = "45") long id, String name, String title, String email, String phone, boolean primary) {

        static HeldContact of(MemberContact contact) {
            return new HeldContact(contact.member().number().toString(), contact.member().legalName(), contact.id(), contact.name(),
                    contact.title().orElse(null), contact.email(), contact.phone().orElse(null), contact.primary());
        }
    }

    @Schema(name = "PersonalDataAccount", description = "An account whose holder has the email")
    public record HeldAccount(String username, String role, String memberNumber, boolean enabled, String email, Instant createdAt) {

        static HeldAccount of(Account account) {
            return new HeldAccount(account.username().value(), account.role().name(), account.memberNumber().orElse(null), account.enabled(),
                    account.email().orElse(null), account.createdAt());
        }
    }

    @Schema(name = "PersonalDataApplication", description = "An application the person is the contact of")
    public record HeldApplication(long id, String legalName, String status, Instant submittedAt, Contact contact, String memberNumber) {

        static HeldApplication of(Application application) {
            return new HeldApplication(application.id(), application.legalName(), application.status().name(), application.submittedAt(),
                    new Contact(application.contact().name(), application.contact().email(), application.contact().phone().orElse(null)),
                    application.memberNumber().map(Object::toString).orElse(null));
        }
    }

    @Schema(name = "PersonalDataApplicationContact")
    public record Contact(String name, String email, String phone) {
    }

    @Schema(name = "PersonalDataAuditEvent", description = "Read it in full at GET /api/v1/audit")
    public record HeldAuditEvent(long id, Instant occurredAt, String action, String entityType, String entityId) {

        static HeldAuditEvent of(AuditEvent event) {
            return new HeldAuditEvent(event.id(), event.occurredAt(), event.action(), event.entityType(), event.entityId());
        }
    }

    @Schema(name = "ErasureResult", description = "What the erasure changed; its audit event has the erasureId as entity id")
    public record Erased(@Schema(example = "5b0c6a52-8a4e-4f7e-9d3c-2a1b0c9d8e7f") String erasureId, @Schema(example = "1") int contacts,
                         @Schema(example = "0") int accounts, @Schema(example = "1") int applications,
                         @Schema(description = "Audit events whose snapshots held the person's values", example = "2") int auditEvents) {

        static Erased of(PersonalDataService.Erased erased) {
            return new Erased(erased.erasureId(), erased.contacts(), erased.accounts(), erased.applications(), erased.auditEvents());
        }
    }
}
