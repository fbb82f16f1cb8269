package org.wic.registry.it.security;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Identities;
import org.wic.registry.it.LoopbackHttp;
import org.wic.registry.it.RegistryHttp;

import java.util.ArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * After five failed logins for one username from one client address within the window, every attempt (the right password
 * too) gets 429 with Retry-After until the window has passed. The test server's window is short
 * ({@code registry.throttle-window-seconds}); production's is 15 minutes.
 */
class ThrottlingIT {

    private static final int WINDOW_SECONDS = Integer.getInteger("registry.throttle-window-seconds", 10);

    /** Another client address on this machine: Linux answers all of 127.0.0.0/8 on the loopback interface. */
    private static final String OTHER_ADDRESS = "127.0.0.2";

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

    @Test
    void parallelWrongPasswordsAreTriedNoMoreThanTheLimit() throws Exception {
        Credentials member = Identities.newAccount("MEMBER");
        var pool = Executors.newFixedThreadPool(25);
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 50; i++) {
                String guess = "wrong-parallel-" + i;
                answers.add(pool.submit(() -> registry.as(Credentials.basic(member.name(), guess)).get("/api/v1/me").status()));
            }
            var statuses = new ArrayList<Integer>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).as("every guess is answered 401 or 429").allMatch(status -> status == 401 || status == 429);
            // a guess refused as throttled (429) was never tried; at most the limit were
            assertThat(statuses.stream().filter(status -> status == 401).count()).as("passwords actually tried").isLessThanOrEqualTo(5L);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheHolderOutElsewhere() {
        Credentials member = Identities.newAccount("MEMBER");
        for (int i = 0; i < 5; i++) {
            assertThat(fromOtherAddress(Credentials.basic(member.name(), "wrong-" + i))).isEqualTo(401);
        }
        assertThat(fromOtherAddress(member)).as("the attacker's address is throttled, even with the right password").isEqualTo(429);

        assertThat(registry.as(member).get("/api/v1/me").status()).as("the holder, from its own address").isEqualTo(200);
    }

    private static int fromOtherAddress(Credentials credentials) {
        return LoopbackHttp.status(OTHER_ADDRESS, "GET", "/api/v1/me", credentials.header(), credentials.value());
    }

    private void failFiveTimes(String username) {
        for (int i = 0; i < 5; i++) {
            assertProblem(registry.as(Credentials.basic(username, "wrong-" + i)).get("/api/v1/me"), 401);
        }
    }
}
