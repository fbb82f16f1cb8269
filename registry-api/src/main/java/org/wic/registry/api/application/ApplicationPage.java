package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ApplicationPage", description = "A page of applications, oldest first")
public record ApplicationPage(List<ApplicationResponse> items, @Schema(description = "Absent on the last page") String nextCursor) {
}
