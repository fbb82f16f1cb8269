package org.wic.registry.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wic.registry.statistics.MembershipFigures;
import org.wic.registry.statistics.StatisticsService;
import org.wic.registry.tier.TierService;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.support.Charts;

import java.util.HashMap;
import java.util.List;
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

    /** One row of a figure: its label in the reader's language (two tiers may share a name), and the count. */
    public record Row(String label, long count) {
    }

    public List<Row> getByContinent() {
        return rows(getFigures().byContinent(), code -> messages.text("continent." + code));
    }

    public List<Row> getByCategory() {
        return rows(getFigures().byCategory(), code -> messages.text("category." + code));
    }

    public List<Row> getByTier() {
        Map<String, String> names = new HashMap<>();
        tiers.all().forEach(tier -> names.put(tier.code(), tier.name()));
        return rows(getFigures().byTier(), code -> names.getOrDefault(code, code));
    }

    public List<Row> getByJoinYear() {
        return rows(getFigures().byJoinYear(), year -> year);
    }

    public String chart(List<Row> rows, String colour) {
        return Charts.bar(messages.text("site.statistics.members"), rows.stream().map(Row::label).toList(),
                rows.stream().map(Row::count).toList(), colour);
    }

    /** In the order of the codes, as the API gives them. */
    private static List<Row> rows(Map<String, Long> byCode, Function<String, String> label) {
        return byCode.entrySet().stream().map(entry -> new Row(label.apply(entry.getKey()), entry.getValue())).toList();
    }
}
