package org.wic.registry.it.server;

import org.junit.jupiter.api.Test;
import org.wic.registry.it.RegistryHttp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain the build configured (the same settings as the run command's) listens beyond loopback
 * on its HTTP port only: admin, TLS, JMX, IIOP and the data grid answer on loopback or not at all.
 * Read from Linux's socket tables for the server's process.
 */
class ListeningSocketsIT {

    private static final String LISTEN = "0A";

    @Test
    void onlyTheHttpListenerFacesTheNetwork() throws IOException {
        long pid = Long.parseLong(Files.readString(Path.of(System.getProperty("registry.domains-dir"), "registry-test", "config", "pid")).strip());
        Set<String> inodes = socketInodes(pid);
        var listening = new ArrayList<String>();
        listening.addAll(listeners(Path.of("/proc/net/tcp"), inodes, false));
        listening.addAll(listeners(Path.of("/proc/net/tcp6"), inodes, true));

        assertThat(listening).as("the server listens").isNotEmpty();
        List<String> open = listening.stream().filter(address -> !address.startsWith("loopback:")).toList();
        assertThat(open).as("listening beyond loopback, of %s", listening).containsOnly("any:" + RegistryHttp.BASE.getPort());
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        var inodes = new HashSet<String>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listed
                }
            }
        }
        return inodes;
    }

    /** "loopback:port" or "any:port" (or "other:port") for each listening socket of the process. */
    private static List<String> listeners(Path table, Set<String> inodes, boolean v6) throws IOException {
        var found = new ArrayList<String>();
        for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
            String[] fields = line.strip().split("\\s+");
            if (!fields[3].equals(LISTEN) || !inodes.contains(fields[9])) {
                continue;
            }
            String[] local = fields[1].split(":");
            int port = Integer.parseInt(local[1], 16);
            found.add(kind(local[0], v6) + ":" + port);
        }
        return found;
    }

    private static String kind(String hexAddress, boolean v6) {
        if (hexAddress.chars().allMatch(c -> c == '0')) {
            return "any";
        }
        if (!v6) {
            return hexAddress.endsWith("7F") ? "loopback" : "other"; // little-endian: 127.x.y.z ends in 7F
        }
        // ::1 and ::ffff:127.x.y.z, in the kernel's four little-endian words
        boolean loopback6 = hexAddress.equals("00000000000000000000000001000000");
        boolean mappedLoopback = hexAddress.startsWith("0000000000000000FFFF0000") && hexAddress.endsWith("7F");
        return loopback6 || mappedLoopback ? "loopback" : "other";
    }
}
