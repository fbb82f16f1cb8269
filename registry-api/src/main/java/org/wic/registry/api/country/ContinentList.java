package org.wic.registry.api.country;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ContinentList", description = "The seven continents")
public record ContinentList(List<ContinentResponse> items) {
}
