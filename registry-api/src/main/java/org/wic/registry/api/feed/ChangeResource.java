package org.wic.registry.api.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.FieldValues;
import org.wic.registry.feed.ChangeEvent;
import org.wic.registry.feed.ChangeFeed;
import org.wic.registry.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;

/** The change feed: partners read it from their last cursor to keep a copy of the directory in step. */
@Path("changes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTNER, Role.Names.SECRETARIAT})
@Tag(name = "Change feed")
public class ChangeResource {

    @Inject
    private Caller caller;

    @Inject
    private ChangeFeed feed;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "readChanges", summary = "Directory changes after a cursor")
    @Parameter(name = "after", in = ParameterIn.QUERY, description = "A cursor from the feed; 0 (the default) for the beginning", example = "1042")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "1 to 500, default 50")
    @APIResponse(responseCode = "200", description = "The events", content = @Content(schema = @Schema(implementation = ChangePage.class)))
    public Response read(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        var errors = new ArrayList<FieldError>();
        long from = QueryParameters.parse(errors, "after", after, QueryParameters.wholeNumber(0, Long.MAX_VALUE),
                "must be a cursor from the feed, or 0 for the beginning").orElse(0L);
        int size = QueryParameters.parse(errors, "limit", limit, QueryParameters.wholeNumber(1, ChangeFeed.MAX_LIMIT),
                "must be a whole number from 1 to " + ChangeFeed.MAX_LIMIT).orElse((long) PageRequest.DEFAULT_LIMIT).intValue();
        FieldValues.requireNone(errors);
        List<ChangeEvent> events = feed.after(caller, from, size);
        String last = events.isEmpty() ? String.valueOf(from) : String.valueOf(events.get(events.size() - 1).sequence());
        Response.ResponseBuilder answer = Response.ok(new ChangePage(events.stream().map(ChangePage.Change::of).toList(), last));
        if (events.size() == size) {
            answer.links(Link.fromUri(uriInfo.getRequestUriBuilder().replaceQueryParam("after", last).build()).rel("next").build());
        }
        return answer.build();
    }
}
