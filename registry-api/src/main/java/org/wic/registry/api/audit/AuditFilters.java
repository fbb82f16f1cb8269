package org.wic.registry.api.audit;

import jakarta.ws.rs.QueryParam;
import org.wic.registry.api.json.Instants;
import org.wic.registry.api.paging.QueryParameterDoc;
import org.wic.registry.api.paging.QueryParameters;
import org.wic.registry.audit.AuditQuery;

/** The audit search's filters as query parameters ({@code @BeanParam}); documented on the operation. */
public class AuditFilters {

    @QueryParameterDoc(description = "Kind of entity changed", example = "account")
    @QueryParam("entityType")
    private String entityType;

    @QueryParameterDoc(description = "Which one", example = "m.okafor")
    @QueryParam("entityId")
    private String entityId;

    @QueryParameterDoc(description = "Who changed it: a username, an API key prefix, or registry", example = "admin")
    @QueryParam("actor")
    private String actor;

    @QueryParameterDoc(description = "From this time on (ISO-8601, inclusive)", example = "2026-11-01T00:00:00Z")
    @QueryParam("from")
    private String from;

    @QueryParameterDoc(description = "Before this time (ISO-8601, exclusive)", example = "2026-12-01T00:00:00Z")
    @QueryParam("to")
    private String to;

    /** @throws org.wic.registry.error.InvalidInputException naming a bad parameter */
    AuditQuery query() {
        return new AuditQuery(QueryParameters.text(entityType), QueryParameters.text(entityId), QueryParameters.text(actor),
                Instants.parse("from", from), Instants.parse("to", to));
    }
}
