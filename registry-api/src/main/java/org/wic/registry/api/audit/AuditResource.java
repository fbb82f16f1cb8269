package org.wic.registry.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wic.registry.api.RegistryApplication;
import org.wic.registry.api.json.Instants;
import org.wic.registry.api.paging.PageParameters;
import org.wic.registry.api.paging.PagedResponses;
import org.wic.registry.audit.AuditLog;
import org.wic.registry.audit.AuditQuery;
import org.wic.registry.paging.Page;
import org.wic.registry.security.Role;

import java.util.Optional;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Audit")
@SecurityRequirement(name = RegistryApplication.ACCOUNT_SCHEME)
public class AuditResource {

    @Inject
    private AuditLog auditLog;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "searchAudit", summary = "Search the audit trail",
            description = "Every state change, newest first, filtered by entity, actor and time; paginated.")
    @Parameter(ref = "Limit")
    @Parameter(ref = "Cursor")
    @APIResponse(responseCode = "200", description = "A page of events; Link rel=\"next\" while more follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class),
                    examples = @ExampleObject(name = "page", value = """
                            {"items": [{"id": 1051, "occurredAt": "2026-11-23T10:15:30Z",
                              "actor": {"id": "admin", "kind": "ACCOUNT", "role": "SECRETARIAT"}, "action": "account.disabled",
                              "entityType": "account", "entityId": "m.okafor", "changes": {"enabled": {"before": true, "after": false}}}]}""")))
    @APIResponse(responseCode = "400", ref = "InvalidInput")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response search(
            @Parameter(description = "Kind of entity changed", example = "account") @QueryParam("entityType") String entityType,
            @Parameter(description = "Which one", example = "m.okafor") @QueryParam("entityId") String entityId,
            @Parameter(description = "Who changed it: a username, an API key prefix, or registry", example = "admin") @QueryParam("actor") String actor,
            @Parameter(description = "From this time on (ISO-8601, inclusive)", example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "Before this time (ISO-8601, exclusive)", example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @BeanParam PageParameters paging) {
        var query = new AuditQuery(present(entityType), present(entityId), present(actor), Instants.parse("from", from), Instants.parse("to", to));
        Page<AuditEventResponse> page = auditLog.search(query, paging.toRequest(AuditLog.CURSOR_SCOPE, AuditLog.CURSOR_PARTS))
                .map(AuditEventResponse::of);
        return PagedResponses.ok(new AuditPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty());
    }
}
