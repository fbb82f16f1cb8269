package org.wic.registry.statistics;

import java.time.YearMonth;
import java.util.Map;

/** Applications in total, by status (every status, zero too), and by month of submission (months from the first to the last). */
public record ApplicationFigures(long total, Map<String, Long> byStatus, Map<YearMonth, Long> byMonth) {
}
