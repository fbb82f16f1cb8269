package org.wic.registry.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.statistics.MembershipFigures;
import org.wic.registry.statistics.StatisticsService;
import org.wic.registry.tier.TierService;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.support.Charts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The public figures (the home page's too) as charts, each with a table of the same counts beside it (for people who do
 * not see the chart, and to read exact values): active members by continent, category, tier and
 * the year they joined, as {@code GET /api/v1/statistics/members} gives them.
 */
@Named
@RequestScoped
public class PublicStatistics {

    @Inject
    private StatisticsService statistics;

    @Inject
    private TierService tiers;

    @Inject
    private Messages messages;

    private MembershipFigures figures;

    public MembershipFigures getFigures() {
        if (figures == null) {
            figures = statistics.membership();
        }
        return figures;
    }

    /** Each figure's rows: its label in the reader's language, and the count. */
    public Map<String, Long> getByContinent() {
        return labelled(getFigures().byContinent(), code -> messages.text("continent." + code));
    }

    public Map<String, Long> getByCategory() {
        return labelled(getFigures().byCategory(), code -> messages.text("category." + code));
    }

    public Map<String, Long> getByTier() {
        Map<String, String> names = new LinkedHashMap<>();
        tiers.all().forEach(tier -> names.put(tier.code(), tier.name()));
        return labelled(getFigures().byTier(), code -> names.getOrDefault(code, code));
    }

    public Map<String, Long> getByJoinYear() {
        return getFigures().byJoinYear();
    }

    public String chart(Map<String, Long> counts, String colour) {
        return Charts.bar(messages.text("site.statistics.members"), counts, colour);
    }

    private static Map<String, Long> labelled(Map<String, Long> byCode, Function<String, String> label) {
        Map<String, Long> rows = new LinkedHashMap<>();
        byCode.forEach((code, count) -> rows.put(label.apply(code), count));
        return rows;
    }
}
