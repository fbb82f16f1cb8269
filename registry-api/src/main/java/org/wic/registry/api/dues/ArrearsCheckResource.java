package org.wic.registry.api.dues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.ArrearsService;
import org.wic.registry.dues.DunningService;
import org.wic.registry.time.RegistryCalendar;

import java.time.LocalDate;
import java.util.List;

/** The daily dunning and arrears check, run now by the secretariat. */
@Path("arrears-checks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Dues")
public class ArrearsCheckResource {

    @Inject
    private Caller caller;

    @Inject
    private ArrearsService arrears;

    @Inject
    private DunningService dunning;

    @Inject
    private RegistryCalendar calendar;

    @Schema(name = "ArrearsCheck")
    public record ArrearsCheckResponse(@Schema(example = "2026-11-23") LocalDate checkedOn, @Schema(example = "90") int graceDays,
                                       @Schema(description = "The members it suspended with the reason ARREARS", example = "[\"WIC-000042\"]") List<String> suspended,
                                       @Schema(description = "Invoices a payment reminder went out for", example = "[\"2026-000042\"]") List<String> reminders,
                                       @Schema(description = "Invoices a final notice went out for", example = "[]") List<String> finalNotices) {
    }

    @POST
    @Operation(operationId = "runArrearsCheck", summary = "Run the arrears check now")
    @APIResponse(responseCode = "200", description = "What it changed",
            content = @Content(schema = @Schema(implementation = ArrearsCheckResponse.class),
            examples = @ExampleObject(name = "check", externalValue = "ArrearsCheck")))
    public ArrearsCheckResponse check() {
        LocalDate today = calendar.today();
        DunningService.Sent sent = dunning.remind(caller, today);
        return new ArrearsCheckResponse(today, arrears.graceDays(), arrears.check(caller, today), sent.reminders(), sent.finalNotices());
    }
}
