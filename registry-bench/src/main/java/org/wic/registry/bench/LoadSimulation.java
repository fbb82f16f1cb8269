package org.wic.registry.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A closed load: {@code bench.users} users, each sending the named requests in turn, again and
 * again, for {@code bench.seconds}. Requests are {@code name=path} pairs separated by {@code ;} in
 * {@code bench.requests}; {@code #{member}} in a path is a random member number up to
 * {@code bench.member-max}. {@link GatlingRun} sets these properties before each run.
 */
public class LoadSimulation extends Simulation {

    static final String BASE_URL = "bench.base-url";
    static final String REQUESTS = "bench.requests";
    static final String USERS = "bench.users";
    static final String SECONDS = "bench.seconds";
    static final String MEMBER_MAX = "bench.member-max";

    public LoadSimulation() {
        // every request reaches the server: no answers from Gatling's own cache (reference data may be cached an hour)
        HttpProtocolBuilder protocol = http.baseUrl(System.getProperty(BASE_URL)).acceptHeader("application/json").disableCaching();
        int memberMax = Integer.getInteger(MEMBER_MAX, 1);
        Iterator<Map<String, Object>> members = Stream.generate(() -> Map.<String, Object>of("member",
                "WIC-%06d".formatted(1 + ThreadLocalRandom.current().nextInt(memberMax)))).iterator();
        ChainBuilder requests = exec(Arrays.stream(System.getProperty(REQUESTS).split(";")).map(pair -> pair.split("=", 2))
                .map(pair -> exec(http(pair[0]).get(pair[1]).check(status().is(200)))).toList());
        ScenarioBuilder users = scenario("load").during(Duration.ofSeconds(Integer.getInteger(SECONDS))).on(feed(members), requests);
        setUp(users.injectOpen(atOnceUsers(Integer.getInteger(USERS)))).protocols(protocol);
    }

    private static ChainBuilder feed(Iterator<Map<String, Object>> members) {
        return io.gatling.javaapi.core.CoreDsl.feed(members);
    }
}
