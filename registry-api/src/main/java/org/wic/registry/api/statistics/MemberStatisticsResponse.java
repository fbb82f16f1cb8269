package org.wic.registry.api.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.statistics.MembershipFigures;

import java.util.Map;

@Schema(name = "MemberStatistics", description = "Active members: N members from M countries on K continents, and counts by continent, country, "
        + "category, tier (keyed by code) and the year they joined; byStatus counts members of every status")
public record MemberStatisticsResponse(
        @Schema(description = "Active members", example = "123") long members,
        @Schema(description = "Countries with active members", example = "24") int countries,
        @Schema(description = "Continents with active members", example = "6") int continents,
        Map<String, Long> byContinent, Map<String, Long> byCountry, Map<String, Long> byCategory, Map<String, Long> byTier,
        Map<String, Long> byStatus,
        @Schema(description = "Active members by the year they joined (keyed by year)") Map<String, Long> byJoinYear) {

    static MemberStatisticsResponse of(MembershipFigures figures) {
        return new MemberStatisticsResponse(figures.members(), figures.countries(), figures.continents(), figures.byContinent(),
                figures.byCountry(), figures.byCategory(), figures.byTier(), figures.byStatus(), figures.byJoinYear());
    }
}
