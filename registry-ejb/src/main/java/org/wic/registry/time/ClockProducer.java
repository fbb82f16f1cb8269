package org.wic.registry.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The system clock in UTC, ticking in milliseconds, for {@code @Inject Clock}: a time the registry
 * answers with is the time it stored, on either database.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
