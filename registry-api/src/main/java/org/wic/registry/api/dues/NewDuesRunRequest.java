package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewDuesRun")
public record NewDuesRunRequest(@Schema(description = "This year or the next", example = "2027", required = true) Integer year) {
}
