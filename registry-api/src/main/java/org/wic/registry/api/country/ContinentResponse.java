package org.wic.registry.api.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Continent")
public record ContinentResponse(
        @Schema(description = "Continent code", example = "EU") String code,
        @Schema(example = "Europe") String name,
        @Schema(description = "How many countries are on it", example = "51") long countries) {
}
