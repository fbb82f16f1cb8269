package org.wic.registry.it.security;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * After five failed logins for one username within the window, every attempt (the right password
 * too) gets 429 with Retry-After until the window has passed. The test server's window is short
 * ({@code registry.throttle-window-seconds}); production's is 15 minutes.
 */
class ThrottlingIT {

    private static final int WINDOW_SECONDS = Integer.getInteger("registry.throttle-window-seconds", 10);

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void fiveFailuresThrottleEvenTheRightPasswordUntilTheWindowHasPassed() throws InterruptedException {
        Credentials member = Identities.newAccount("MEMBER");
        failFiveTimes(member.name());

        RegistryHttp.Answer throttled = registry.as(member).get("/api/v1/me");

        assertProblem(throttled, 429);
        long retryAfter = Long.parseLong(throttled.header("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, (long) WINDOW_SECONDS);
        Thread.sleep(retryAfter * 1000 + 500);
        assertThat(registry.as(member).get("/api/v1/me").status()).as("after the window").isEqualTo(200);
    }

    @Test
    void unknownUsernamesAreThrottledLikeKnownOnes() {
        String nobody = Identities.unique("nobody");
        failFiveTimes(nobody);

        assertProblem(registry.as(Credentials.basic(nobody, "anything-at-all")).get("/api/v1/me"), 429);
    }

    @Test
    void throttlingOneUsernameLeavesOthersAlone() {
        Credentials bystander = Identities.newAccount("MEMBER");
        failFiveTimes(Identities.unique("target"));

        assertThat(registry.as(bystander).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() {
        Credentials member = Identities.newAccount("MEMBER");
        for (int i = 0; i < 4; i++) {
            assertProblem(registry.as(Credentials.basic(member.name(), "wrong-" + i)).get("/api/v1/me"), 401);
        }
        assertThat(registry.as(member).get("/api/v1/me").status()).isEqualTo(200);

        for (int i = 0; i < 4; i++) {
            assertProblem(registry.as(Credentials.basic(member.name(), "wrong-again-" + i)).get("/api/v1/me"), 401);
        }
        assertThat(registry.as(member).get("/api/v1/me").status()).isEqualTo(200);
    }

    private void failFiveTimes(String username) {
        for (int i = 0; i < 5; i++) {
            assertProblem(registry.as(Credentials.basic(username, "wrong-" + i)).get("/api/v1/me"), 401);
        }
    }
}
