package org.wic.registry.api.personaldata;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.personaldata.PersonalDataService;

@Schema(name = "ErasureResult", description = "What the erasure changed; its audit event has the erasureId as entity id")
public record ErasedResponse(@Schema(example = "5b0c6a52-8a4e-4f7e-9d3c-2a1b0c9d8e7f") String erasureId, @Schema(example = "1") int contacts,
                     @Schema(example = "0") int accounts, @Schema(example = "1") int applications,
                     @Schema(description = "Audit events whose snapshots held the person's values", example = "2") int auditEvents,
                     @Schema(description = "Messages to the email whose recipient and contents became the marker", example = "3") int notifications) {

    static ErasedResponse of(PersonalDataService.Erased erased) {
        return new ErasedResponse(erased.erasureId(), erased.contacts(), erased.accounts(), erased.applications(), erased.auditEvents(), erased.notifications());
    }
}
