package org.wic.registry.api.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.statistics.ApplicationFigures;

import java.util.LinkedHashMap;
import java.util.Map;

@Schema(name = "ApplicationStatistics", description = "Applications by status (every status) and by month of submission (YYYY-MM, every "
        + "month from the first submission to the last)")
public record ApplicationStatisticsResponse(@Schema(example = "57") long total, Map<String, Long> byStatus, Map<String, Long> byMonth) {

    static ApplicationStatisticsResponse of(ApplicationFigures figures) {
        Map<String, Long> byMonth = new LinkedHashMap<>();
        figures.byMonth().forEach((month, count) -> byMonth.put(month.toString(), count));
        return new ApplicationStatisticsResponse(figures.total(), figures.byStatus(), byMonth);
    }
}
