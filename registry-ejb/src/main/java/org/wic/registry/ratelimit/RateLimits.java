package org.wic.registry.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.jcache.Bucket4jJCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.TouchedExpiryPolicy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How many requests a minute each caller may make: REGISTRY_RATE_LIMIT_ANONYMOUS per client address
 * (60), REGISTRY_RATE_LIMIT_ACCOUNT per account (600), REGISTRY_RATE_LIMIT_PARTNER per API key
 * (1200); 0 switches that limit off. A caller's bucket holds a minute's requests and refills
 * steadily, so a burst may spend the minute at once and then one request comes back every
 * 60/limit seconds. The buckets live in a JCache cache of Payara's data grid, shared by the
 * instances; an idle caller's bucket is forgotten after ten minutes.
 */
@ApplicationScoped
public class RateLimits {

    static final String CACHE = "registry-rate-limits";
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final long IDLE_MINUTES = 10;

    /** Whose requests a bucket counts. */
    public enum CallerKind { ANONYMOUS, ACCOUNT, PARTNER }

    /** The answer for one request: whether it may go on, and what the RateLimit-* headers tell. */
    public record Verdict(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {
    }

    @Inject
    private CacheManager caches;

    @Inject
    @ConfigProperty(name = "registry.rate-limit.anonymous", defaultValue = "60")
    private int anonymousPerMinute;

    @Inject
    @ConfigProperty(name = "registry.rate-limit.account", defaultValue = "600")
    private int accountPerMinute;

    @Inject
    @ConfigProperty(name = "registry.rate-limit.partner", defaultValue = "1200")
    private int partnerPerMinute;

    private ProxyManager<String> buckets;

    @PostConstruct
    void open() {
        buckets = Bucket4jJCache.entryProcessorBasedBuilder(cache()).build();
    }

    /**
     * Takes one request from the caller's bucket.
     *
     * @return empty when this kind of caller has no limit
     */
    public Optional<Verdict> take(CallerKind kind, String caller) {
        int perMinute = perMinute(kind);
        if (perMinute <= 0) {
            return Optional.empty();
        }
        // the limit is part of the key: a changed setting starts fresh buckets instead of keeping old ones
        String key = kind + "/" + perMinute + "/" + caller;
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                .build();
        ConsumptionProbe probe = buckets.builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        return Optional.of(new Verdict(probe.isConsumed(), perMinute, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill()))));
    }

    private int perMinute(CallerKind kind) {
        return switch (kind) {
            case ANONYMOUS -> anonymousPerMinute;
            case ACCOUNT -> accountPerMinute;
            case PARTNER -> partnerPerMinute;
        };
    }

    @SuppressWarnings("unchecked")
    private Cache<String, byte[]> cache() {
        Cache<String, byte[]> cache = caches.getCache(CACHE);
        if (cache != null) {
            return cache;
        }
        var configuration = new MutableConfiguration<Object, Object>()
                .setExpiryPolicyFactory(TouchedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(TimeUnit.MINUTES, IDLE_MINUTES)));
        try {
            return (Cache<String, byte[]>) (Cache<?, ?>) caches.createCache(CACHE, configuration);
        } catch (CacheException createdMeanwhile) {
            return caches.getCache(CACHE);
        }
    }

    private static long seconds(long nanos) {
        return TimeUnit.NANOSECONDS.toSeconds(nanos + TimeUnit.SECONDS.toNanos(1) - 1);
    }
}
