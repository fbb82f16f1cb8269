package org.wic.registry.it.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** A partner's webhook endpoint on loopback: keeps every request, answers with the statuses it is told, then 200. */
public final class Receiver implements AutoCloseable {

    /** One POST as it arrived. */
    public record Request(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final Deque<Integer> answers = new ArrayDeque<>();

    public Receiver(Integer... firstAnswers) {
        answers.addAll(List.of(firstAnswers));
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            var headers = new TreeMap<String, String>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            synchronized (this) {
                requests.add(new Request(headers, body));
                status = answers.isEmpty() ? 200 : answers.poll();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Waits until this many requests match, or fails after the timeout. */
    public List<Request> await(Predicate<Request> matching, int count, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            List<Request> matched = requests().stream().filter(matching).toList();
            if (matched.size() >= count || Instant.now().isAfter(end)) {
                return matched;
            }
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
