package org.wic.registry.it;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

/**
 * Java's HttpClient with the {@link ContractCheck} on every exchange, for clients that take an
 * {@link HttpClient.Builder}: the generated Java client's {@code ApiClient}. The answer is read
 * whole, checked, and then handed to the caller's body handler as if it came from the network.
 */
public final class ContractCheckedHttpClient extends HttpClient {

    private final HttpClient network;

    private ContractCheckedHttpClient(HttpClient network) {
        this.network = network;
    }

    /** A builder whose clients check every exchange against the served document. */
    public static HttpClient.Builder builder() {
        return new Builder(HttpClient.newBuilder());
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = network.send(request, HttpResponse.BodyHandlers.ofByteArray());
        URI uri = request.uri();
        ContractCheck.served().verify(new ContractCheck.Exchange(request.method(),
                uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery(), request.headers(),
                requestBody(request), answer.statusCode(), answer.headers(), new String(answer.body(), StandardCharsets.UTF_8)));
        return new Replayed<>(answer, replayed(handler, answer));
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request, handler);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    /** The request's body as text; null when it has none. */
    private static String requestBody(HttpRequest request) {
        Optional<HttpRequest.BodyPublisher> publisher = request.bodyPublisher().filter(body -> body.contentLength() != 0);
        if (publisher.isEmpty()) {
            return null;
        }
        var collected = new CompletableFuture<String>();
        var bytes = new ByteArrayOutputStream();
        publisher.get().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer buffer) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable failure) {
                collected.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                collected.complete(bytes.toString(StandardCharsets.UTF_8));
            }
        });
        return collected.join();
    }

    /** The body the caller's handler makes of bytes already read, offered as the network would. */
    private static <T> T replayed(HttpResponse.BodyHandler<T> handler, HttpResponse<byte[]> answer) {
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return answer.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return answer.headers();
            }

            @Override
            public Version version() {
                return answer.version();
            }
        });
        try (var publisher = new SubmissionPublisher<List<ByteBuffer>>()) {
            publisher.subscribe(subscriber);
            publisher.submit(List.of(ByteBuffer.wrap(answer.body())));
        }
        return subscriber.getBody().toCompletableFuture().join();
    }

    /** The answer as read, with the body the caller's handler made. */
    private record Replayed<T>(HttpResponse<byte[]> answer, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return answer.statusCode();
        }

        @Override
        public HttpRequest request() {
            return answer.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return answer.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return answer.sslSession();
        }

        @Override
        public URI uri() {
            return answer.uri();
        }

        @Override
        public Version version() {
            return answer.version();
        }
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return network.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return network.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return network.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return network.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return network.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return network.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return network.authenticator();
    }

    @Override
    public Version version() {
        return network.version();
    }

    @Override
    public Optional<Executor> executor() {
        return network.executor();
    }

    /** Java's builder, building the checked client. */
    private record Builder(HttpClient.Builder network) implements HttpClient.Builder {

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            network.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            network.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            network.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            network.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            network.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(Redirect policy) {
            network.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(Version version) {
            network.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            network.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            network.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            network.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new ContractCheckedHttpClient(network.build());
        }
    }
}
