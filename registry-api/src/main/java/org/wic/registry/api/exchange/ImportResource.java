package org.wic.registry.api.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.exchange.ImportStatus;
import org.wic.registry.exchange.MemberImportRunner;
import org.wic.registry.exchange.MemberImportService;
import org.wic.registry.idempotency.IdempotencyKey;

import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** Members imported from the members export's CSV, as a job: all of a file, or nothing. */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Exports and imports")
public class ImportResource {

    @Inject
    private Caller caller;

    @Inject
    private IdempotentCreations creations;

    @Inject
    private MemberImportService imports;

    @Inject
    private MemberImportRunner runner;

    @Context
    private UriInfo uriInfo;

    @POST
    @Path("members")
    @Consumes(ExportResource.CSV)
    @Operation(operationId = "importMembers", summary = "Import members from CSV")
    @RequestBody(content = @Content(mediaType = ExportResource.CSV, example = """
            number,legalName,displayName,category,country,tier,status,joinedOn,website,description,addressStreet,addressCity,addressRegion,addressPostalCode,addressCountry,contactName,contactTitle,contactEmail,contactPhone,contactPrimary
            WIC-000123,Example Networks Ltd,Example Networks,ENTERPRISE,KE,FULL,ACTIVE,2025-03-01,https://networks.example,,,Nairobi,,,KE,Amina Odhiambo,CTO,amina@networks.example,+254 20 000000,true
            """))
    @APIResponse(responseCode = "202", description = "Received; Location names the import, which goes on in the background",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The import: GET it for its progress, then its outcome"),
            content = @Content(schema = @Schema(implementation = MemberImportResponse.class),
            examples = @ExampleObject(name = "running", externalValue = "MemberImport")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response importMembers(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, InputStream file) {
        // staged (and committed) as it is read; a retry is told from another file by the file's hash
        MemberImportService.Staged staged = imports.stage(caller, file);
        long id = staged.job().id();
        var answered = new AtomicBoolean();
        Response answer = creations.once("POST /api/v1/imports/members", caller, idempotencyKey, staged.fileHash(), () -> {
            answered.set(true);
            return new IdempotentCreations.Outcome(Response.Status.ACCEPTED.getStatusCode(),
                    Optional.of(uriInfo.getBaseUriBuilder().path("imports").path(String.valueOf(id)).build()), MemberImportResponse.of(staged.job()));
        });
        if (!answered.get()) {
            imports.discard(id); // a retry: the first request's import is the one
        } else if (staged.job().status() == ImportStatus.RUNNING) {
            runner.launch(id);
        }
        return answer;
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getMemberImport", summary = "Follow a members import")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(schema = @Schema(implementation = MemberImportResponse.class),
            examples = {@ExampleObject(name = "completed", externalValue = "MemberImportCompleted"),
                @ExampleObject(name = "failed", externalValue = "MemberImportFailed")}))
    public MemberImportResponse get(@PathParam("id") long id) {
        return MemberImportResponse.of(imports.get(caller, id));
    }
}
