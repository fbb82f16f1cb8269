package org.wic.registry.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.notification.NotificationService;
import org.wic.registry.paging.Page;

@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Notifications")
public class NotificationResource {

    @Inject
    private Caller caller;

    @Inject
    private NotificationService notifications;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "listNotifications", summary = "List the e-mail outbox")
    @APIResponse(responseCode = "200", description = "A page of notifications", content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    public Response list(@BeanParam NotificationFilters filters, @BeanParam PageParameters paging) {
        Page<NotificationResponse> page = notifications.search(caller, filters.query(),
                paging.toRequest(NotificationService.CURSOR_SCOPE, NotificationService.CURSOR_PARTS)).map(NotificationResponse::summary);
        return PagedResponses.ok(new NotificationPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getNotification", summary = "Read a notification with its message")
    @APIResponse(responseCode = "200", description = "The notification", content = @Content(schema = @Schema(implementation = NotificationResponse.class)))
    public NotificationResponse get(@PathParam("id") long id) {
        NotificationService.Shown shown = notifications.get(caller, id);
        return NotificationResponse.detail(shown.notification(), shown.message());
    }

    @POST
    @Path("{id}/resend")
    @Operation(operationId = "resendNotification", summary = "Send a failed notification again")
    @APIResponse(responseCode = "202", description = "Back in the outbox", content = @Content(schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response resend(@PathParam("id") long id) {
        return Response.accepted(NotificationResponse.summary(notifications.resend(caller, id))).build();
    }
}
