package org.wic.registry.api.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Reads an {@code Authorization: Basic …} header (RFC 7617, UTF-8). */
final class BasicCredentials {

    static final String SCHEME = "Basic";

    private BasicCredentials() {
    }

    static boolean isBasic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, SCHEME + " ", 0, SCHEME.length() + 1);
    }

    /** The username and password, or empty for a header that is not well-formed. */
    static Optional<UsernamePasswordCredential> parse(String authorization) {
        if (!isBasic(authorization)) {
            return Optional.empty();
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(authorization.substring(SCHEME.length() + 1).strip());
            String pair = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(decoded)).toString();
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1)));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
