package org.wic.registry.contact;

import org.wic.registry.error.InvalidInputException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** A website as members and applicants give it: an absolute http or https address of at most 200 characters, stripped. */
public record WebAddress(String value) {

    public static final int MAX_LENGTH = 200;
    public static final String RULE = "must be an http or https address of at most " + MAX_LENGTH + " characters";

    public WebAddress {
        if (value == null || !isValid(value)) {
            throw new InvalidInputException("website", RULE);
        }
    }

    /** Empty when absent or blank (no website), else the stripped address, checked. */
    public static Optional<WebAddress> optional(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(text -> !text.isEmpty()).map(WebAddress::new);
    }

    private static boolean isValid(String text) {
        try {
            URI uri = new URI(text);
            return text.length() <= MAX_LENGTH && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
