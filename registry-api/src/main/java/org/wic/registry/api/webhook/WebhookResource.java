package org.wic.registry.api.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.idempotency.IdempotentCreations;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.api.webhook.DeliveryPage;
import org.wic.registry.api.webhook.DeliveryResponse;
import org.wic.registry.api.webhook.NewWebhookRequest;
import org.wic.registry.api.webhook.SubscribedWebhookResponse;
import org.wic.registry.api.webhook.WebhookPage;
import org.wic.registry.api.webhook.WebhookResponse;
import org.wic.registry.caller.Caller;
import org.wic.registry.caller.Role;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;
import org.wic.registry.webhook.DeliveryStatus;
import org.wic.registry.webhook.WebhookService;

import java.util.Optional;

/** Partners' webhooks: the same events as the change feed, POSTed and signed. */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTNER, Role.Names.SECRETARIAT})
@Tag(name = "Webhooks")
public class WebhookResource {

    @Inject
    private Caller caller;

    @Inject
    private WebhookService webhooks;

    @Inject
    private IdempotentCreations creations;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PARTNER)
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to directory events")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it",
            content = @Content(schema = @Schema(implementation = SubscribedWebhookResponse.class),
            examples = @ExampleObject(name = "subscribed", externalValue = "SubscribedWebhook")))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", description = "Webhooks are not configured on this registry (REGISTRY_WEBHOOK_KEY)")
    public Response create(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull @Valid NewWebhookRequest request) {
        return creations.create("POST /api/v1/webhooks", caller, idempotencyKey, request, () -> {
            WebhookService.Subscribed subscribed = webhooks.subscribe(caller, request.url(), request.events());
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(subscribed.webhook().id())).build(),
                    SubscribedWebhookResponse.of(subscribed));
        });
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks")
    @APIResponse(responseCode = "200", description = "A page of webhooks; Link rel=\"next\" while more follow",
            content = @Content(schema = @Schema(implementation = WebhookPage.class)))
    public Response list(@BeanParam PageParameters paging) {
        Page<WebhookResponse> page = webhooks.list(caller, paging.toRequest(WebhookService.CURSOR_SCOPE, WebhookService.CURSOR_PARTS))
                .map(WebhookResponse::of);
        return PagedResponses.ok(new WebhookPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(schema = @Schema(implementation = WebhookResponse.class),
            examples = @ExampleObject(name = "webhook", externalValue = "Webhook")))
    public WebhookResponse get(@PathParam("id") long id) {
        return WebhookResponse.of(webhooks.get(caller, id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeWebhook", summary = "Remove a webhook")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") long id) {
        webhooks.remove(caller, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log")
    @APIResponse(responseCode = "200", description = "A page of deliveries; Link rel=\"next\" while more follow",
            content = @Content(schema = @Schema(implementation = DeliveryPage.class),
            examples = @ExampleObject(name = "deliveries", externalValue = "WebhookDeliveryPage")))
    public Response deliveries(@PathParam("id") long id, @Parameter(description = "PENDING, DELIVERED or FAILED") @QueryParam("status") String status,
                               @BeanParam PageParameters paging) {
        Optional<DeliveryStatus> wanted = QueryParameters.parse("status", status, QueryParameters.constantOf(DeliveryStatus.class),
                "must be PENDING, DELIVERED or FAILED");
        Page<DeliveryResponse> page = webhooks.deliveries(caller, id, wanted,
                paging.toRequest(WebhookService.DELIVERY_CURSOR_SCOPE, WebhookService.CURSOR_PARTS)).map(DeliveryResponse::of);
        return PagedResponses.ok(new DeliveryPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }
}
