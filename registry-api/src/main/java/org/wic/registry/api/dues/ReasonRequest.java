package org.wic.registry.api.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reason")
public record ReasonRequest(@Schema(description = "Required, 1 to 2000 characters", example = "Paid twice by mistake.", required = true) String reason) {
}
