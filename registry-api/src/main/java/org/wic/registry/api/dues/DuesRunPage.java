package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "DuesRunPage", description = "A page of dues runs, newest first")
public record DuesRunPage(List<DuesRunResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
