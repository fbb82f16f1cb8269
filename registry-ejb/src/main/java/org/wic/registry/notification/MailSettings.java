package org.wic.registry.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * How mail leaves the registry, from the environment: REGISTRY_SMTP_HOST (without it nothing is
 * sent and every notification waits, PENDING), REGISTRY_SMTP_PORT (587), REGISTRY_SMTP_USER and
 * REGISTRY_SMTP_PASSWORD, REGISTRY_SMTP_TLS (starttls, tls or none), REGISTRY_MAIL_FROM, and
 * REGISTRY_PUBLIC_URL, the base of every link in a message.
 */
@ApplicationScoped
public class MailSettings {

    /** How the connection to the SMTP server is protected. */
    public enum Tls {
        /** Plain connection upgraded with STARTTLS, which must succeed (port 587). */
        STARTTLS,
        /** TLS from the first byte (port 465). */
        TLS,
        /** No protection: a relay on the same host, or a test server. */
        NONE
    }

    @Inject
    @ConfigProperty(name = "registry.smtp-host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "registry.smtp-port", defaultValue = "587")
    private int port;

    @Inject
    @ConfigProperty(name = "registry.smtp-user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "registry.smtp-password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "registry.smtp-tls", defaultValue = "starttls")
    private String tls;

    @Inject
    @ConfigProperty(name = "registry.mail-from", defaultValue = "WIC Membership Registry <registry@localhost>")
    private String from;

    @Inject
    @ConfigProperty(name = "registry.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    /** Whether an SMTP server is configured: without one, notifications wait in the outbox. */
    public boolean sending() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    public String host() {
        return host.orElse("");
    }

    public int port() {
        return port;
    }

    public Optional<String> user() {
        return user.filter(name -> !name.isBlank());
    }

    public Optional<String> password() {
        return password;
    }

    public Tls tls() {
        try {
            return Tls.valueOf(tls.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("REGISTRY_SMTP_TLS must be starttls, tls or none, not " + tls, e);
        }
    }

    public String from() {
        return from;
    }

    /** The base of links, without a trailing slash. */
    public String publicUrl() {
        String base = URI.create(publicUrl.strip()).toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
