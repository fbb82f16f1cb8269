package org.wic.registry.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wic.registry.error.InvalidInputException;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "198.18.0.1",
            "224.0.0.1", "::1", "fe80::1", "fd00::1", "::"})
    void loopbackPrivateLinkLocalAndSharedAddressesAreNotPublic(String address) throws UnknownHostException {
        assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1", "64:ff9b:1::a00:1", "::7f00:1", "::a9fe:a9fe", "2002:7f00:1::", "2002:a00:1::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2", "240.0.0.1", "250.1.2.3", "255.255.255.255", "0.1.2.3", "100::1", "::ffff:127.0.0.1"})
    void addressesThatCarryOrReachPrivateOnesOrAreReservedAreNotPublic(String address) throws UnknownHostException {
        assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
    }

    @Test
    void aRefusalDoesNotTellWhereANameResolves() {
        assertThatThrownBy(() -> WebhookAddresses.check("http://localhost/hook", false)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("127.0.0.1").doesNotContain("0:0:0:0:0:0:0:1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "203.0.113.10", "100.128.0.1", "2001:4860:4860::8888"})
    void publicAddressesArePublic(String address) throws UnknownHostException {
        assertThat(WebhookAddresses.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHostAndWithoutCredentials() {
        for (String url : new String[] {"ftp://partner.example/x", "file:///etc/passwd", "https:///no-host", "https://user:pw@partner.example/",
                "https://partner.example/#fragment", "not a url", "", "https://" + "a".repeat(2000) + ".example/"}) {
            assertThatThrownBy(() -> WebhookAddresses.check(url, true)).as(url).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(error -> error.field()).containsExactly("url"));
        }
        assertThat(WebhookAddresses.check("https://partner.example/events?v=2", true)).hasToString("https://partner.example/events?v=2");
    }

    @Test
    void loopbackIsRefusedUnlessPrivateAddressesAreAllowed() {
        assertThatThrownBy(() -> WebhookAddresses.check("http://127.0.0.1:8080/hook", false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("loopback, private, link-local");
        assertThatThrownBy(() -> WebhookAddresses.check("http://localhost/hook", false)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> WebhookAddresses.check("http://[::1]/hook", false)).isInstanceOf(InvalidInputException.class);
        assertThat(WebhookAddresses.check("http://127.0.0.1:8080/hook", true)).hasPort(8080);
    }
}
