package org.wic.registry.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.wic.registry.caller.Caller;
import org.wic.registry.statistics.ApplicationFigures;
import org.wic.registry.statistics.DuesFigures;
import org.wic.registry.statistics.MembershipFigures;
import org.wic.registry.statistics.StatisticsService;
import org.wic.registry.time.RegistryCalendar;
import org.wic.registry.web.i18n.Formats;
import org.wic.registry.web.i18n.Messages;
import org.wic.registry.web.support.Charts;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The secretariat's figures at a glance: every count a link to the list behind it, the charts drawn by PrimeFaces (Chart.js). */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    private StatisticsService statistics;

    @Inject
    private Caller caller;

    @Inject
    private RegistryCalendar calendar;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    private MembershipFigures members;
    private ApplicationFigures applications;
    private List<DuesFigures> dues;
    private long overdue;
    private int year;

    @PostConstruct
    void load() {
        members = statistics.membership();
        applications = statistics.applications(caller);
        year = calendar.today().getYear();
        dues = statistics.dues(caller, year);
        overdue = statistics.overdueInvoices(caller);
    }

    public Map<String, Long> getMembersByStatus() {
        return members.byStatus();
    }

    public Map<String, Long> getMembersByContinent() {
        return members.byContinent();
    }

    public MembershipFigures getMembers() {
        return members;
    }

    /** Submitted, under review or waiting for information. */
    public long getApplicationsWaiting() {
        return applications.byStatus().entrySet().stream()
                .filter(entry -> !List.of("APPROVED", "REJECTED", "WITHDRAWN").contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    public Map<String, Long> getApplicationsByStatus() {
        return applications.byStatus();
    }

    public long getInvoicesOverdue() {
        return overdue;
    }

    public int getYear() {
        return year;
    }

    public List<DuesFigures> getDues() {
        return dues;
    }

    public String continentName(String code) {
        return messages.text("continent." + code);
    }

    public String getContinentChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        members.byContinent().forEach((code, count) -> {
            labels.add(continentName(code));
            values.add(count);
        });
        return Charts.bar(labels, Json.createArrayBuilder().add(Charts.dataset(messages.text("dashboard.chart.activeMembers"), values, "#3b82f6")), true);
    }

    /** Applications submitted in each month of this year so far. */
    public String getApplicationsChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        YearMonth now = YearMonth.from(calendar.today());
        for (YearMonth month = YearMonth.of(year, 1); !month.isAfter(now); month = month.plusMonths(1)) {
            labels.add(formats.month(month));
            values.add(applications.byMonth().getOrDefault(month, 0L));
        }
        return Charts.bar(labels, Json.createArrayBuilder().add(Charts.dataset(messages.text("dashboard.chart.submitted"), values, "#8b5cf6")), true);
    }

    /** Issued, collected and outstanding dues of this year, one group of bars per currency. */
    public String getDuesChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder issued = Json.createArrayBuilder();
        JsonArrayBuilder collected = Json.createArrayBuilder();
        JsonArrayBuilder outstanding = Json.createArrayBuilder();
        dues.forEach(figures -> {
            labels.add(figures.issued().currency().getCurrencyCode());
            issued.add(figures.issued().value());
            collected.add(figures.collected().value());
            outstanding.add(figures.outstanding().value());
        });
        return Charts.bar(labels, Json.createArrayBuilder()
                .add(Charts.dataset(messages.text("dashboard.dues.issued"), issued, "#64748b"))
                .add(Charts.dataset(messages.text("dashboard.dues.collected"), collected, "#16a34a"))
                .add(Charts.dataset(messages.text("dashboard.dues.outstanding"), outstanding, "#dc2626")), true);
    }
}
