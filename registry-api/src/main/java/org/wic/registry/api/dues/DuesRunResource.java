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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.dues.DuesRun;
import org.wic.registry.dues.DuesRunService;
import org.wic.registry.dues.DuesRunner;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Dues runs: started and resumed by the secretariat, worked off in the background, followed with GET. */
@Path("dues-runs")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Dues")
public class DuesRunResource {

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
    @Operation(operationId = "startDuesRun", summary = "Invoice every member for a year")
    @APIResponse(responseCode = "202", description = "Started; Location names it",
            content = @Content(schema = @Schema(implementation = DuesRunResponse.class)))
    public Response start(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull NewDuesRunRequest request) {
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
    @Operation(operationId = "listDuesRuns", summary = "List dues runs")
    @APIResponse(responseCode = "200", description = "A page of runs", content = @Content(schema = @Schema(implementation = DuesRunPage.class)))
    public Response list(@BeanParam PageParameters paging) {
        Page<DuesRunResponse> page = runs.list(caller, paging.toRequest(DuesRunService.CURSOR_SCOPE, DuesRunService.CURSOR_PARTS))
                .map(run -> DuesRunResponse.of(run, runs.progress(run.id())));
        return PagedResponses.ok(new DuesRunPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDuesRun", summary = "Follow a dues run")
    @APIResponse(responseCode = "200", description = "The run", content = @Content(schema = @Schema(implementation = DuesRunResponse.class)))
    public DuesRunResponse get(@PathParam("id") long id) {
        return DuesRunResponse.of(runs.get(caller, id), runs.progress(id));
    }

    @POST
    @Path("{id}/resume")
    @Operation(operationId = "resumeDuesRun", summary = "Resume a dues run")
    @APIResponse(responseCode = "202", description = "Resumed", content = @Content(schema = @Schema(implementation = DuesRunResponse.class)))
    @APIResponse(responseCode = "409", ref = "InvalidTransition")
    public Response resume(@PathParam("id") long id) {
        DuesRun run = runs.resume(caller, id);
        runner.launch(id);
        return Response.accepted(DuesRunResponse.of(run, runs.progress(id))).location(uriInfo.getBaseUriBuilder().path("dues-runs").path(String.valueOf(id)).build())
                .build();
    }
}
