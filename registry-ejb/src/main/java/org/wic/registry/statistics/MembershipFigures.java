package org.wic.registry.statistics;

import java.util.Map;

/**
 * Active members, in total and by continent, country, category, tier and the year they joined (each
 * map keyed by code, in key order); members of every status by status.
 */
public record MembershipFigures(long members, int countries, int continents, Map<String, Long> byContinent, Map<String, Long> byCountry,
                                Map<String, Long> byCategory, Map<String, Long> byTier, Map<String, Long> byStatus,
                                Map<String, Long> byJoinYear) {
}
