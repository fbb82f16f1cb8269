package org.wic.registry.api.statistics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wic.registry.api.money.MoneyJson;
import org.wic.registry.statistics.DuesFigures;

import java.util.List;

@Schema(name = "DuesStatistics", description = "A dues year's figures per currency")
public record DuesStatisticsResponse(@Schema(example = "2026") int year, List<Currency> currencies) {

    @Schema(name = "DuesCurrencyFigures")
    public record Currency(@Schema(example = "USD") String currency, MoneyJson issued, MoneyJson collected, MoneyJson outstanding, MoneyJson overdue) {
    }

    static DuesStatisticsResponse of(int year, List<DuesFigures> figures) {
        return new DuesStatisticsResponse(year, figures.stream().map(each -> new Currency(each.issued().currency().getCurrencyCode(),
                MoneyJson.of(each.issued()), MoneyJson.of(each.collected()), MoneyJson.of(each.outstanding()), MoneyJson.of(each.overdue()))).toList());
    }
}
