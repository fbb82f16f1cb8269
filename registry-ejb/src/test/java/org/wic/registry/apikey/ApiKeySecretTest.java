package org.wic.registry.apikey;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeySecretTest {

    @Test
    void aKeyHasAVisiblePrefixAnd32RandomBytesOfSecret() {
        ApiKeySecret.Issued issued = ApiKeySecret.issue();

        assertThat(issued.key()).matches("wic_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}").startsWith(issued.prefix() + "_");
        assertThat(issued.prefix()).matches("wic_[A-Za-z0-9]{8}");
    }

    @Test
    void theStoredHashIsSaltedAndHoldsNoPartOfTheSecret() {
        ApiKeySecret.Issued issued = ApiKeySecret.issue();
        String secret = ApiKeySecret.parse(issued.key()).orElseThrow().secret();

        assertThat(issued.secretHash()).doesNotContain(secret).doesNotContain(secret.substring(0, 10));
        assertThat(ApiKeySecret.hash(secret)).as("a fresh salt every time").isNotEqualTo(ApiKeySecret.hash(secret));
    }

    @Test
    void onlyTheIssuedSecretMatchesItsHash() {
        ApiKeySecret.Issued issued = ApiKeySecret.issue();
        String secret = ApiKeySecret.parse(issued.key()).orElseThrow().secret();

        assertThat(ApiKeySecret.matches(secret, issued.secretHash())).isTrue();
        assertThat(ApiKeySecret.matches(secret.substring(1) + "A", issued.secretHash())).isFalse();
        assertThat(ApiKeySecret.matches(ApiKeySecret.parse(ApiKeySecret.issue().key()).orElseThrow().secret(), issued.secretHash())).isFalse();
    }

    @Test
    void somethingNotShapedLikeAKeyIsNoKey() {
        assertThat(ApiKeySecret.parse(null)).isEmpty();
        assertThat(ApiKeySecret.parse("")).isEmpty();
        assertThat(ApiKeySecret.parse("wic_short_x")).isEmpty();
        assertThat(ApiKeySecret.parse("abc_AbCd1234_" + "a".repeat(43))).isEmpty();
        assertThat(ApiKeySecret.parse("wic_AbCd1234_" + "a".repeat(44))).isEmpty();
        assertThat(ApiKeySecret.parse(" wic_AbCd1234_" + "a".repeat(43) + " ")).isPresent();
    }

    @Test
    void prefixesAreRandom() {
        var prefixes = new HashSet<String>();
        IntStream.range(0, 1000).forEach(i -> prefixes.add(ApiKeySecret.issue().prefix()));

        assertThat(prefixes).hasSize(1000);
    }
}
