package org.wic.registry.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Dates as the registry keeps them (join dates, later invoice and due dates): today in the
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

    public ZoneId zone() {
        return zone;
    }
}
