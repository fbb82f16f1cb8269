package org.wic.registry.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    @Test
    void eachRetryWaitsTwiceAsLongAsTheOneBeforeUpToADay() {
        var backoff = new Backoff(Duration.ofSeconds(30), 8);

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(backoff.delayAfter(40)).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void theLastAttemptExhaustsIt() {
        var backoff = new Backoff(Duration.ofSeconds(1), 3);

        assertThat(backoff.exhausted(2)).isFalse();
        assertThat(backoff.exhausted(3)).isTrue();
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
