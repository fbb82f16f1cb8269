package org.wic.registry.web.http;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.Optional;

/** The page a request came from, as the browser named it (its Referer), when that is a page of this site. */
public final class Referers {

    private Referers() {
    }

    /** Its path and query; empty for another site's page, a malformed address or none. */
    public static Optional<String> samePage(HttpServletRequest request) {
        try {
            URI page = URI.create(Optional.ofNullable(request.getHeader("Referer")).orElse(""));
            String path = page.getRawPath();
            boolean here = request.getServerName().equalsIgnoreCase(page.getHost()) && path != null
                    && path.startsWith(request.getContextPath() + "/") && !path.contains("//") && !path.contains("\\");
            return here ? Optional.of(path + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery())) : Optional.empty();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
