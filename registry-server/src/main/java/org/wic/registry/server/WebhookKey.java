package org.wic.registry.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The key that encrypts webhook signing secrets (REGISTRY_WEBHOOK_KEY). When the environment does
 * not set it, the run command keeps one in the data directory, made on first need and readable by
 * its owner only, so webhooks work out of the box and survive restarts. Servers that share a
 * database must share the key: set REGISTRY_WEBHOOK_KEY on each.
 */
final class WebhookKey {

    static final String VARIABLE = "REGISTRY_WEBHOOK_KEY";
    static final String FILE_NAME = "webhook.key";

    private WebhookKey() {
    }

    /** The variable to hand the server, unless {@code env} sets it already. */
    static Optional<String> forServer(Path dataDirectory, Map<String, String> env) {
        if (env.containsKey(VARIABLE) && !env.get(VARIABLE).isBlank()) {
            return Optional.empty();
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDirectory);
            if (!Files.exists(file)) {
                create(file);
            }
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the webhook key in " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file); // not a POSIX file system
        } catch (FileAlreadyExistsException e) {
            return; // another start made it meanwhile
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }
}
