package org.wic.registry.api.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.wic.registry.audit.AuditLog;
import org.wic.registry.caller.Role;
import org.wic.registry.paging.Page;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.SECRETARIAT)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    private AuditLog auditLog;

    @Context
    private UriInfo uriInfo;

    @GET
    @Operation(operationId = "searchAudit", summary = "Search the audit trail")
    @APIResponse(responseCode = "200", description = "A page of events; Link rel=\"next\" while more follow",
            content = @Content(schema = @Schema(implementation = AuditPage.class)))
    public Response search(@BeanParam AuditFilters filters, @BeanParam PageParameters paging) {
        var query = filters.query();
        Page<AuditEventResponse> page = auditLog.search(query, paging.toRequest(AuditLog.CURSOR_SCOPE, AuditLog.CURSOR_PARTS))
                .map(AuditEventResponse::of);
        return PagedResponses.ok(new AuditPage(page.items(), PagedResponses.nextCursor(page)), page, uriInfo);
    }
}
