package org.wic.registry.idempotency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerCipherTest {

    private static final String SCOPE = "POST /api/v1/applications";
    private static final IdempotencyKey KEY = new IdempotencyKey("3f2b8c1e-6a4d-4c1f-9a8e-0d9b7c5e2a41");

    @Test
    void onlyTheSameKeyScopeAndCallerReadTheAnswerBack() {
        String answer = "{\"trackingToken\": \"trk_secret\"}";
        String sealed = AnswerCipher.encrypt(answer, SCOPE, "anonymous", KEY);

        assertThat(sealed).doesNotContain("trk_secret");
        assertThat(AnswerCipher.decrypt(sealed, SCOPE, "anonymous", KEY)).isEqualTo(answer);
        assertThatThrownBy(() -> AnswerCipher.decrypt(sealed, SCOPE, "anonymous", new IdempotencyKey("another-key-of-enough-length")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AnswerCipher.decrypt(sealed, SCOPE, "admin", KEY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLookupHashIsNoKeyToTheAnswer() {
        String lookup = AnswerCipher.lookupHash(SCOPE, "anonymous", KEY);

        assertThat(lookup).hasSize(64).doesNotContain(KEY.value());
        assertThat(AnswerCipher.lookupHash(SCOPE, "admin", KEY)).isNotEqualTo(lookup);
        assertThat(AnswerCipher.lookupHash("POST /api/v1/api-keys", "anonymous", KEY)).isNotEqualTo(lookup);
    }

    @Test
    void theRequestHashOfABodyWithAPasswordCannotBeTriedAgainstGuesses() throws Exception {
        String body = "{\"username\":\"officer\",\"password\":\"correct horse battery\"}";
        String stored = AnswerCipher.requestHash(body, KEY);
        String plain = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(stored).hasSize(64).isNotEqualTo(plain);
        assertThat(AnswerCipher.requestHash(body, new IdempotencyKey("another-key-of-enough-length"))).isNotEqualTo(stored);
        assertThat(AnswerCipher.requestHash(body, KEY)).isEqualTo(stored); // a retry still matches
    }

    @Test
    void aLongOperationIsStoredWithinTheColumn() {
        String longPath = "POST /api/v1/members/" + "W".repeat(5000) + "/contacts";
        assertThat(AnswerCipher.storedScope(longPath, 80)).hasSizeLessThanOrEqualTo(80).startsWith("sha256:");
        assertThat(AnswerCipher.storedScope(longPath + "x", 80)).isNotEqualTo(AnswerCipher.storedScope(longPath, 80));
        assertThat(AnswerCipher.storedScope(SCOPE, 80)).isEqualTo(SCOPE);
    }

    @Test
    void keysAreLongEnoughToBeUnguessable() {
        assertThatThrownBy(() -> new IdempotencyKey("1")).hasMessageContaining("16 to 255");
        assertThatThrownBy(() -> new IdempotencyKey("has spaces in it, sixteen+")).isNotNull();
    }
}
