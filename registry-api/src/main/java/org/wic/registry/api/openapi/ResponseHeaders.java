package org.wic.registry.api.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;
import java.util.Optional;

/**
 * The headers answers carry by rule, written into the document where the resources set them in code:
 * Location on every 201 (what was created) and 202 (where to follow the work); Content-Disposition on
 * a file (CSV, PDF); ETag on a 200 that may also be a 304 (and on the 304), on a read of what is written
 * with If-Match, and on the answers of those writes (the new version); Link on a page of a paginated
 * list or of the change feed; WWW-Authenticate on a 401; ETag on a 304 and a 412.
 */
final class ResponseHeaders {

    private static final String IF_MATCH = "If-Match";

    private ResponseHeaders() {
    }

    static void apply(OpenAPI openAPI) {
        Operations.each(openAPI, (path, method, operation) -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
            // a read whose record is written with If-Match hands out the version to send
            boolean conditional = responses.containsKey("304") || method == PathItem.HttpMethod.GET && openAPI.getPaths().getPathItem(path)
                    .getOperations().values().stream().anyMatch(other -> Operations.takesHeader(other, IF_MATCH));
            boolean versionedWrite = Operations.takesHeader(operation, IF_MATCH);
            // a page of a list (the shared Cursor parameter), or of the change feed (after=)
            boolean paged = Operations.parameters(operation).stream().anyMatch(parameter -> parameter.getRef() != null
                    && parameter.getRef().endsWith("/Cursor") || parameter.getIn() == Parameter.In.QUERY && "after".equals(parameter.getName()));
            responses.forEach((status, response) -> {
                if (response.getRef() != null) {
                    return;
                }
                if (status.equals("201")) {
                    DocumentLimits.header(response, "Location", "The URL of what was created", text(2000).format("uri"));
                }
                if (status.equals("202")) {
                    DocumentLimits.header(response, "Location", "The URL to follow the work's progress at", text(2000).format("uri"));
                }
                if (status.equals("200") && isFile(response)) {
                    DocumentLimits.header(response, "Content-Disposition", "attachment, with the file's name", text(200));
                }
                if (status.equals("200") && conditional || status.startsWith("2") && versionedWrite) {
                    DocumentLimits.header(response, "ETag", "The version of what the answer shows: send it as If-None-Match to be told 304 while it is "
                            + "unchanged, or as If-Match to change it only in this version", text(100));
                }
                if (status.equals("200") && paged) {
                    DocumentLimits.header(response, "Link", "<URL of the next page>; rel=\"next\", while more pages follow", text(2000));
                }
            });
        });
        Optional.ofNullable(openAPI.getComponents()).map(components -> components.getResponses()).ifPresent(shared -> {
            Optional.ofNullable(shared.get("Unauthorized")).ifPresent(unauthorized -> DocumentLimits.header(unauthorized, "WWW-Authenticate",
                    "The schemes to prove who the caller is: Basic for accounts", text(200)));
            Optional.ofNullable(shared.get("NotModified")).ifPresent(notModified -> DocumentLimits.header(notModified, "ETag",
                    "The version the client holds, still the current one", text(100)));
            Optional.ofNullable(shared.get("PreconditionFailed")).ifPresent(failed -> DocumentLimits.header(failed, "ETag",
                    "The current version, where the answer gives it", text(100)));
        });
    }

    private static boolean isFile(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().keySet().stream().anyMatch(type -> type.equals("text/csv") || type.equals("application/pdf"));
    }

    private static Schema text(int longest) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(longest);
    }
}
