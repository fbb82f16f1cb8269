package org.wic.registry.contact;

import java.net.URI;
import java.net.URISyntaxException;

/** A website as members and applicants give it: an absolute http or https address. */
public final class WebAddress {

    public static final int MAX_LENGTH = 200;
    public static final String RULE = "must be an http or https address of at most " + MAX_LENGTH + " characters";

    private WebAddress() {
    }

    public static boolean isValid(String text) {
        try {
            URI uri = new URI(text);
            return text.length() <= MAX_LENGTH && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
