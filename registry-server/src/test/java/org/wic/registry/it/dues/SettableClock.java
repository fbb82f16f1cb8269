package org.wic.registry.it.dues;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * In ArrearsIT's deployment only: the registry's clock, stopped at a moment the test sets and moves.
 * The class is the alternative (Jakarta EE 10's CDI takes {@code @Priority} on the class, not on the
 * producer method), so its producer wins over the registry's.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
public class SettableClock {

    static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-01-10T09:00:00Z"));

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(NOW.get(), zone);
            }

            @Override
            public Instant instant() {
                return NOW.get();
            }
        };
    }
}
