package org.wic.registry.it.limits;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wic.registry.it.Credentials;
import org.wic.registry.it.Deployments;
import org.wic.registry.it.Identities;
import org.wic.registry.it.LoopbackHttp;
import org.wic.registry.it.RegistryHttp;

import java.net.URISyntaxException;
import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wic.registry.it.ProblemAssertions.assertProblem;

/**
 * Rate limits per caller, announced on every answer, over HTTP: the registry's API in a deployment
 * of its own whose limits are a handful of requests a minute (the suite's server allows many more).
 */
@ExtendWith(ArquillianExtension.class)
class RateLimitIT {

    @ArquillianResource
    private URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.api("rate-limit-it").addClass(LowLimits.class).addAsServiceProvider(ConfigSource.class, LowLimits.class);
    }

    @Test
    void anonymousCallersAreCountedPerAddressAndToldWhereTheyStand() {
        RegistryHttp anonymous = api();
        RegistryHttp.Answer first = anonymous.get("v1/continents");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("RateLimit-Limit")).hasValue(String.valueOf(LowLimits.ANONYMOUS));
        long remaining = Long.parseLong(first.header("RateLimit-Remaining").orElseThrow());
        assertThat(remaining).isLessThan(LowLimits.ANONYMOUS);
        assertThat(Long.parseLong(first.header("RateLimit-Reset").orElseThrow())).isBetween(1L, 60L);

        RegistryHttp.Answer last = first;
        for (int i = 0; i < LowLimits.ANONYMOUS && last.status() == 200; i++) {
            last = anonymous.get("v1/continents");
        }

        assertProblem(last, 429);
        assertThat(last.header("RateLimit-Remaining")).hasValue("0");
        assertThat(Long.parseLong(last.header("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(LoopbackHttp.status("127.0.0.3", "GET", path("v1/continents"))).as("another address has its own budget").isEqualTo(200);
    }

    @Test
    void accountsAndPartnersHaveBudgetsOfTheirOwn() {
        Credentials officer = Identities.newAccount("SECRETARIAT");
        RegistryHttp signedIn = api().as(officer);
        // a public resource: signed-in callers are counted by who they are, wherever they go
        assertThat(signedIn.get("v1/continents").header("RateLimit-Limit")).hasValue(String.valueOf(LowLimits.ACCOUNT));
        assertThat(exhaust(signedIn, "v1/continents", LowLimits.ACCOUNT)).isEqualTo(429);

        RegistryHttp partner = api().as(Identities.newPartner());
        assertThat(partner.get("v1/continents").header("RateLimit-Limit")).hasValue(String.valueOf(LowLimits.PARTNER));
        assertThat(exhaust(partner, "v1/continents", LowLimits.PARTNER)).isEqualTo(429);
        assertThat(api().as(Identities.newAccount("SECRETARIAT")).get("v1/continents").status()).as("another account").isEqualTo(200);
    }

    private static int exhaust(RegistryHttp client, String path, int limit) {
        int status = 200;
        for (int i = 0; i <= limit && status != 429; i++) {
            status = client.get(path).status();
        }
        return status;
    }

    private String path(String relative) {
        return deployment.getPath() + relative;
    }

    private RegistryHttp api() {
        try {
            return RegistryHttp.at(deployment.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
