package org.wic.registry.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegistryClusterTest {

    @TempDir
    Path directory;

    @Test
    void refusesTheEmbeddedDatabaseSayingWhatToSet() {
        Map<String, String> options = Map.of("payara-home", directory.toString(), "domain", "registry-cluster", "port-base", "28300",
                "domains-dir", directory.toString(), "jdbc-driver", "postgresql.jar", "ear", "registry.ear", "data-dir", directory.toString(),
                "instance-ports", "28181,28182", "instance-port-bases", "28400,28500");

        assertThatThrownBy(() -> new RegistryCluster(options, Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs PostgreSQL")
                .hasMessageContaining("REGISTRY_DB_URL");
    }

    @Test
    void theBalancerChecksEveryInstancesReadinessAndTellsThemTheClientsAddress() {
        String configuration = Balancer.configuration(8080, List.of(new RegistryCluster.Member("registry-1", 28400, 28181),
                new RegistryCluster.Member("registry-2", 28500, 28182)));

        assertThat(configuration).contains("bind :8080",
                "server registry-1 127.0.0.1:28181 check", "server registry-2 127.0.0.1:28182 check",
                "http-check send meth GET uri /health/ready", "http-check expect status 200",
                "http-request set-header Proxy-ip %[src]", "http-request del-header Proxy-auth-cert", "option redispatch", "cookie JSESSIONID prefix");
    }
}
