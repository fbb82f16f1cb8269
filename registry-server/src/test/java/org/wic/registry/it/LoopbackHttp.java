package org.wic.registry.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 from a chosen loopback address (127.0.0.2, say): the registry sees another client
 * address, as it would see another machine. Java's HttpClient cannot choose its local address.
 */
public final class LoopbackHttp {

    private LoopbackHttp() {
    }

    /** The status code of a body-less request sent from {@code localAddress}. */
    public static int status(String localAddress, String method, String path, String... headers) {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(RegistryHttp.BASE.getHost(), RegistryHttp.BASE.getPort()), 5000);
            socket.setSoTimeout(30_000);
            var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + RegistryHttp.BASE.getAuthority() + "\r\n");
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " from " + localAddress, e);
        }
    }
}
