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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.api.webhook.WebhookBodies.DeliveryPage;
import org.wic.registry.api.webhook.WebhookBodies.DeliveryResponse;
import org.wic.registry.api.webhook.WebhookBodies.NewWebhookRequest;
import org.wic.registry.api.webhook.WebhookBodies.SubscribedWebhookResponse;
import org.wic.registry.api.webhook.WebhookBodies.WebhookPage;
import org.wic.registry.api.webhook.WebhookBodies.WebhookResponse;
import org.wic.registry.error.FieldError;
import org.wic.registry.error.InvalidInputException;
import org.wic.registry.idempotency.IdempotencyKey;
import org.wic.registry.paging.Page;
import org.wic.registry.security.Caller;
import org.wic.registry.security.Role;
import org.wic.registry.webhook.DeliveryStatus;
import org.wic.registry.webhook.WebhookService;

import java.util.ArrayList;
import java.util.Optional;

/** Partners' webhooks: the same events as the change feed, POSTed and signed. */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PARTNER, Role.Names.SECRETARIAT})
@SecurityRequirement(name = RegistryApplication.PARTNER_SCHEME)
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
@Tag(name = "Webhooks")
public class WebhookResource {

    private static final String WEBHOOK_EXAMPLE = """
            {"id": 7, "url": "https://partner.example/registry-events", "events": ["MEMBER_CREATED", "MEMBER_STATUS_CHANGED"],
             "owner": "Example Partner directory sync", "createdAt": "2026-11-23T10:15:30Z"}""";

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
    @Operation(operationId = "createWebhook", summary = "Subscribe a URL to directory events",
            description = "Events after this moment are POSTed to the URL as the change feed shows them ({cursor, type, memberNumber, "
                    + "occurredAt, member}), with the headers X-Registry-Event (the type), X-Registry-Delivery (an id, the same on every "
                    + "retry) and X-Registry-Signature: sha256=<hex HMAC-SHA256 of the body, keyed with the secret's UTF-8 bytes>. A 2xx "
                    + "answer delivers; anything else (or no answer within 10 s) is retried with exponential backoff, then the delivery "
                    + "fails. Redirects are not followed. The answer's secret is shown this once. The feed stays the source of truth: "
                    + "after an outage, read it from your last cursor.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscribedWebhookResponse.class), examples = @ExampleObject(name = "subscribed", value = """
                    {"id": 7, "url": "https://partner.example/registry-events", "events": ["MEMBER_CREATED", "MEMBER_STATUS_CHANGED"],
                     "owner": "Example Partner directory sync", "createdAt": "2026-11-23T10:15:30Z",
                     "secret": "whsec_q3Vn0cZk8yH1pR7sT2uW5xY9aB6dE0fG3hJkLmNoPq4"}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
    @APIResponse(responseCode = "503", description = "Webhooks are not configured on this registry (REGISTRY_WEBHOOK_KEY)")
    public Response create(@Parameter(description = IdempotentCreations.KEY_DESCRIPTION, example = "3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41")
                           @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey, @NotNull @Valid NewWebhookRequest request) {
        return creations.create("POST /api/v1/webhooks", caller, idempotencyKey, request, () -> {
            WebhookService.Subscribed subscribed = webhooks.subscribe(caller, request.url(), request.events());
            return new IdempotentCreations.Created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(subscribed.webhook().id())).build(),
                    SubscribedWebhookResponse.of(subscribed));
        });
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks",
            description = "A partner sees its own; the secretariat sees every partner's. Never the secrets.")
    @Parameter(ref = "Limit")
    @Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of webhooks; Link rel=\"next\" while more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookPage.class),
                    examples = @ExampleObject(name = "page", value = "{\"items\": [" + WEBHOOK_EXAMPLE + "]}")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response list(@BeanParam PageParameters paging) {
        Page<WebhookResponse> page = webhooks.list(caller, paging.toRequest(WebhookService.CURSOR_SCOPE, WebhookService.CURSOR_PARTS))
                .map(WebhookResponse::of);
        return PagedResponses.ok(new WebhookPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Read a webhook", description = "A partner's own, or any for the secretariat; never the secret.")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookResponse.class), examples = @ExampleObject(name = "webhook", value = WEBHOOK_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookResponse get(@Parameter(description = "The webhook's id", required = true, example = "7") @PathParam("id") long id) {
        return WebhookResponse.of(webhooks.get(caller, id));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeWebhook", summary = "Remove a webhook",
            description = "Deliveries stop at once; the delivery log goes with it (the audit trail keeps the subscription and its removal).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response remove(@Parameter(description = "The webhook's id", required = true, example = "7") @PathParam("id") long id) {
        webhooks.remove(caller, id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log",
            description = "Each event queued for the webhook, newest first: its status, attempts, the receiver's last status code or the "
                    + "error, and when the next attempt is due.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "PENDING, DELIVERED or FAILED")
    @Parameter(ref = "Limit")
    @Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of deliveries; Link rel=\"next\" while more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryPage.class),
                    examples = @ExampleObject(name = "deliveries", value = """
                            {"items": [{"id": "0b6f3c9e-2f4a-4c1e-8d7b-5a9e1f3c2d10", "cursor": "1042", "event": "MEMBER_STATUS_CHANGED",
                              "status": "DELIVERED", "attempts": 2, "createdAt": "2026-11-23T10:15:31Z", "lastAttemptAt": "2026-11-23T10:16:01Z",
                              "responseStatus": 200, "deliveredAt": "2026-11-23T10:16:01Z"}]}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response deliveries(@Parameter(description = "The webhook's id", required = true, example = "7") @PathParam("id") long id,
                               @QueryParam("status") String status, @BeanParam PageParameters paging) {
        var errors = new ArrayList<FieldError>();
        Optional<DeliveryStatus> wanted = QueryParameters.parse(errors, "status", status, QueryParameters.constantOf(DeliveryStatus.class),
                "must be PENDING, DELIVERED or FAILED");
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Page<DeliveryResponse> page = webhooks.deliveries(caller, id, wanted,
                paging.toRequest(WebhookService.DELIVERY_CURSOR_SCOPE, WebhookService.CURSOR_PARTS)).map(DeliveryResponse::of);
        return PagedResponses.ok(new DeliveryPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }
}
