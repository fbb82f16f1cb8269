package org.wic.registry.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofMinutes(15));

    @Test
    void fourRecentFailuresDoNotThrottle() {
        ThrottlePolicy.State state = policy.state(minutesAgo(1, 2, 3, 4), NOW);

        assertThat(state.throttled()).isFalse();
        assertThat(state.recentFailures()).isEqualTo(4);
    }

    @Test
    void theFifthFailureWithinTheWindowThrottlesUntilTheOldestOfThemLeavesIt() {
        ThrottlePolicy.State state = policy.state(minutesAgo(1, 2, 3, 4, 10), NOW);

        assertThat(state.throttled()).isTrue();
        assertThat(state.retryAfter()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        assertThat(policy.state(minutesAgo(1, 2, 3, 4, 15, 16, 30), NOW).throttled()).isFalse();
    }

    @Test
    void withMoreThanFiveFailuresTheFifthNewestDecides() {
        ThrottlePolicy.State state = policy.state(minutesAgo(1, 2, 3, 4, 6, 14), NOW);

        assertThat(state.retryAfter()).isEqualTo(Duration.ofMinutes(9));
        assertThat(state.recentFailures()).isEqualTo(6);
    }

    @Test
    void theThrottleEndsWhenTheWindowHasPassed() {
        List<Instant> failures = minutesAgo(0, 0, 0, 0, 0);

        assertThat(policy.state(failures, NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)).throttled()).isTrue();
        assertThat(policy.state(failures, NOW.plus(Duration.ofMinutes(15))).throttled()).isFalse();
    }

    private static List<Instant> minutesAgo(int... minutes) {
        return java.util.Arrays.stream(minutes).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }
}
