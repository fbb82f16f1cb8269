package org.wic.registry.api.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class BasicCredentialsTest {

    @Test
    void readsUsernameAndPasswordInUtf8() {
        UsernamePasswordCredential credential = BasicCredentials.parse(basic("maría:pässword:with:colons")).orElseThrow();

        assertThat(credential.getCaller()).isEqualTo("maría");
        assertThat(credential.getPasswordAsString()).isEqualTo("pässword:with:colons");
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertThat(BasicCredentials.parse("basic " + Base64.getEncoder().encodeToString("a:b".getBytes(StandardCharsets.UTF_8)))).isPresent();
    }

    @Test
    void malformedHeadersAreNoCredentials() {
        assertThat(BasicCredentials.parse("Basic not-base64!")).isEmpty();
        assertThat(BasicCredentials.parse(basic("no-colon"))).isEmpty();
        assertThat(BasicCredentials.parse(basic(":no-username"))).isEmpty();
        assertThat(BasicCredentials.parse("Bearer abc")).isEmpty();
        assertThat(BasicCredentials.parse("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, (byte) 0x28, ':', 'x'}))).isEmpty();
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
