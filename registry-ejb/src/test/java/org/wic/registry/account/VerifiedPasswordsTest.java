package org.wic.registry.account;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedPasswordsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T12:00:00Z"));
    private final VerifiedPasswords verified = new VerifiedPasswords(clock);

    @Test
    void remembersAVerifiedPasswordForItsStoredHashOnly() {
        verified.remember("hash-1", "correct password");

        assertThat(verified.contains("hash-1", "correct password")).isTrue();
        assertThat(verified.contains("hash-1", "another password")).isFalse();
        assertThat(verified.contains("hash-2", "correct password")).as("after a password change").isFalse();
    }

    @Test
    void forgetsAfterFiveMinutes() {
        verified.remember("hash-1", "correct password");

        clock.advance(VerifiedPasswords.LIFETIME.minusSeconds(1));
        assertThat(verified.contains("hash-1", "correct password")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(verified.contains("hash-1", "correct password")).isFalse();
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < VerifiedPasswords.MAX_ENTRIES + 10; i++) {
            verified.remember("hash-" + i, "password");
        }

        assertThat(verified.contains("hash-" + (VerifiedPasswords.MAX_ENTRIES + 9), "password")).isTrue();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
