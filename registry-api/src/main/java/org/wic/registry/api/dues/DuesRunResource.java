package org.wic.registry.api.dues;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.dues.DuesRun;
import org.wic.registry.dues.DuesRunService;
import org.wic.registry.dues.DuesRunner;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Dues runs: started and resumed by the secretariat, worked off in the background, followed with GET. */
@Path("dues-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
@Tag(name = "Dues")
public class DuesRunResource {

    private static final String RUN_EXAMPLE = """
            {"id": 150, "year": 2027, "status": "COMPLETED", "progress": {"done": 123, "total": 123},
             "summary": {"issued": 120, "skipped": 3, "totals": [{"value": "1204000.00", "currency": "USD"}]},
             "startedBy": "admin", "startedAt": "2026-12-01T09:00:00Z", "finishedAt": "2026-12-01T09:00:04Z"}""";

    @Inject
    private Caller caller;

    @Inject
    private IdempotentCreations creations;

    @Inject
    private DuesRunService runs;

    @Inject
    private DuesRunner runner;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "startDuesRun", summary = "Invoice every member for a year",
            description = "This year or the next. Covers the members ACTIVE or SUSPENDED now, at their tier's current dues; works in the "
                    + "background in chunks: follow it at Location. Members invoiced for the year already are skipped, so a second run "
                    + "for a year issues nothing new. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "202", description = "Started; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DuesRunResponse.class), examples = @ExampleObject(name = "run", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    public Response start(@Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                          @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull DuesBodies.NewDuesRun request) {
        var started = new AtomicReference<Long>();
        Response answer = creations.once("POST /api/v1/dues-runs", caller, idempotencyKey, request, () -> {
            DuesRun run = runs.start(caller, request.year());
            started.set(run.id());
            return new IdempotentCreations.Outcome(Response.Status.ACCEPTED.getStatusCode(),
                    Optional.of(uriInfo.getAbsolutePathBuilder().path(String.valueOf(run.id())).build()), DuesRunResponse.of(run, runs.progress(run.id())));
        });
        // committed by now; a replayed answer started nothing
        Optional.ofNullable(started.get()).ifPresent(runner::launch);
        return answer;
    }

    @GET
    @Operation(operationId = "listDuesRuns", summary = "List dues runs", description = "Newest first, paginated.")
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(ref = "Limit")
    @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of runs", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DuesRunPage.class), examples = @ExampleObject(name = "page", value = "{\"items\": [" + RUN_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam PageParameters paging) {
        Page<DuesRunResponse> page = runs.list(caller, paging.toRequest(DuesRunService.CURSOR_SCOPE, DuesRunService.CURSOR_PARTS))
                .map(run -> DuesRunResponse.of(run, runs.progress(run.id())));
        return PagedResponses.ok(new DuesRunPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDuesRun", summary = "Follow a dues run", description = "Status, progress, and the summary once completed.")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DuesRunResponse.class), examples = @ExampleObject(name = "run", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DuesRunResponse get(@Parameter(description = "Run id", required = true) @PathParam("id") long id) {
        return DuesRunResponse.of(runs.get(caller, id), runs.progress(id));
    }

    @POST
    @Path("{id}/resume")
    @Operation(operationId = "resumeDuesRun", summary = "Resume a dues run",
            description = "A FAILED run, or one a restart left RUNNING, goes on with the members it has not done; a COMPLETED one is a 409.")
    @APIResponse(responseCode = "202", description = "Resumed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DuesRunResponse.class), examples = @ExampleObject(name = "run", value = RUN_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public Response resume(@Parameter(description = "Run id", required = true) @PathParam("id") long id) {
        DuesRun run = runs.resume(caller, id);
        runner.launch(id);
        return Response.accepted(DuesRunResponse.of(run, runs.progress(id))).location(uriInfo.getBaseUriBuilder().path("dues-runs").path(String.valueOf(id)).build())
                .build();
    }
}
