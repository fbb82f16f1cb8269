package org.wic.registry.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * Dates as the registry keeps them (join dates, months of statistics, later invoice and due dates): today in the
 * registry's time zone, {@code REGISTRY_TIME_ZONE} (UTC unless set).
 */
@ApplicationScoped
public class RegistryCalendar {

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "registry.time-zone", defaultValue = "UTC")
    private ZoneId zone;

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The calendar month this instant falls in. */
    public YearMonth monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }

    /** The instant this month begins. */
    public Instant startOf(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    public ZoneId zone() {
        return zone;
    }
}
