package org.wic.registry.api.tier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;
import org.wic.registry.tier.Tier;

import java.util.List;

@Schema(name = "Tier")
public record TierResponse(
        @Schema(example = "FULL") String code,
        @Schema(example = "Full Member") String name,
        String description,
        @Schema(description = "Annual dues; changing them affects only invoices issued afterwards") MoneyJson dues,
        @Schema(description = "The member categories it is open to", example = "[\"ORGANIZATION\", \"ENTERPRISE\", \"INSTITUTION\"]") List<String> categories,
        @Schema(description = "Whether its members vote") boolean voting,
        @Schema(description = "Whether new members may join in it") boolean active) {

    static TierResponse of(Tier tier) {
        return new TierResponse(tier.code(), tier.name(), tier.description().orElse(null), MoneyJson.of(tier.dues()),
                tier.categories().stream().sorted().map(Enum::name).toList(), tier.voting(), tier.active());
    }
}
