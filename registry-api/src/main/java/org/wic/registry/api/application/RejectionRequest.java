package org.wic.registry.api.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rejection")
public record RejectionRequest(@Schema(description = "Required", example = "Outside the conference's scope.") String reason) {
}
