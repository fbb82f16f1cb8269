package org.wic.registry.api.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ApiKeyPage", description = "A page of API keys, oldest first")
public record ApiKeyPage(List<ApiKeyResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
