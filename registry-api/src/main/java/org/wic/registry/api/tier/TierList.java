package org.wic.registry.api.tier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TierList", description = "Every tier, active or not, by code")
public record TierList(List<TierResponse> items) {
}
