package org.wic.registry.webhook;

import org.wic.registry.error.InvalidInputException;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may point: absolute http(s) URLs whose host resolves only to public addresses, so a
 * partner cannot make the registry call into its own network (SSRF). REGISTRY_WEBHOOKS_ALLOW_PRIVATE
 * lifts the address rule, for tests and closed installations.
 */
public final class WebhookAddresses {

    static final int MAX_LENGTH = 2000;

    private WebhookAddresses() {
    }

    /** @throws InvalidInputException naming {@code url} */
    public static URI check(String text, boolean allowPrivate) {
        URI url = parse(text).orElseThrow(() -> new InvalidInputException("url", "must be an absolute http or https URL, up to "
                + MAX_LENGTH + " characters, without user information or fragment"));
        refusal(url.getHost(), allowPrivate).ifPresent(reason -> {
            throw new InvalidInputException("url", reason);
        });
        return url;
    }

    /** Why the registry will not call this host now, if it will not: checked again before each delivery. */
    static Optional<String> refusal(String host, boolean allowPrivate) {
        if (allowPrivate) {
            return Optional.empty();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!isPublic(address)) {
                    return Optional.of("must not point to a loopback, private or link-local address (" + address.getHostAddress() + ")");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved");
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, carrier-grade NAT
                && !(first == 198 && (second == 18 || second == 19)); // 198.18.0.0/15, benchmarking
    }

    private static Optional<URI> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            URI url = new URI(text.strip());
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            boolean usable = (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null && url.getRawUserInfo() == null
                    && url.getRawFragment() == null;
            return usable ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
