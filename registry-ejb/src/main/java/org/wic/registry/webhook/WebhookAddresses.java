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
                    // the address itself is not told: it would map the registry's network for whoever asks
                    return Optional.of("must point to a public internet address, not a loopback, private, link-local or reserved one");
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
        return address instanceof Inet6Address ? isPublicV6(bytes) : isPublicV4(bytes);
    }

    private static boolean isPublicV4(byte[] bytes) {
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first != 0 // 0.0.0.0/8, "this network"
                && first < 240 // 240.0.0.0/4, reserved, and 255.255.255.255, broadcast
                && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10, carrier-grade NAT
                && !(first == 198 && (second == 18 || second == 19)); // 198.18.0.0/15, benchmarking
    }

    /** IPv6 addresses that carry an IPv4 address (and so may reach one of the ranges above) or are reserved are not public. */
    private static boolean isPublicV6(byte[] bytes) {
        int firstWord = (bytes[0] & 0xff) << 8 | bytes[1] & 0xff;
        int secondWord = (bytes[2] & 0xff) << 8 | bytes[3] & 0xff;
        boolean leadingZeros = true;
        for (int i = 0; i < 12; i++) {
            leadingZeros &= bytes[i] == 0;
        }
        return (firstWord & 0xfe00) != 0xfc00 // fc00::/7, unique local
                && !leadingZeros // ::/96, IPv4-compatible (and the unspecified and loopback addresses)
                && !(firstWord == 0x0064 && secondWord == 0xff9b) // 64:ff9b::/96 and 64:ff9b:1::/48, NAT64
                && firstWord != 0x2002 // 2002::/16, 6to4
                && !(firstWord == 0x2001 && secondWord == 0x0000) // 2001::/32, Teredo
                && !(firstWord == 0x0100 && bytes[2] == 0 && bytes[3] == 0 && bytes[4] == 0 && bytes[5] == 0 && bytes[6] == 0 && bytes[7] == 0); // 100::/64, discard
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
