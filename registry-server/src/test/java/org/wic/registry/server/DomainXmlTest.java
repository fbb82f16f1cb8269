package org.wic.registry.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DomainXmlTest {

    private static final String DOMAIN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <domain>
              <resources>
                <jdbc-resource pool-name="H2Pool" jndi-name="jdbc/__default"/>
              </resources>
              <servers>
                <server name="server" config-ref="server-config"><resource-ref ref="jdbc/__default"/></server>
              </servers>
              <configs>
                <config name="server-config">
                  <network-config>
                    <protocols>
                      <protocol name="http-listener-1"><http default-virtual-server="server"/></protocol>
                    </protocols>
                    <network-listeners>
                      <network-listener port="8080" protocol="http-listener-1" name="http-listener-1"/>
                      <network-listener port="8181" protocol="http-listener-2" name="http-listener-2"/>
                      <network-listener port="4848" protocol="admin-listener" name="admin-listener"/>
                    </network-listeners>
                  </network-config>
                  <iiop-service><iiop-listener address="0.0.0.0" port="3700" id="orb-listener-1"/></iiop-service>
                  <admin-service><jmx-connector address="0.0.0.0" port="8686" name="system"/></admin-service>
                  <jms-service default-jms-host="default_JMS_host" type="EMBEDDED"/>
                  <hazelcast-runtime-configuration das-port="28349"/>
                </config>
              </configs>
            </domain>
            """;

    @TempDir
    Path directory;

    @Test
    void definesThePoolThroughEnvironmentReferencesOnly() throws IOException {
        String xml = configure(new Database("jdbc:postgresql://db/registry", "registry", "s3cret"));

        assertThat(xml).contains("jndi-name=\"jdbc/registry\"", "pool-name=\"registry-pool\"",
                "datasource-classname=\"org.postgresql.ds.PGSimpleDataSource\"",
                "value=\"${ENV=REGISTRY_DB_URL}\"", "value=\"${ENV=REGISTRY_DB_USER}\"", "value=\"${ENV=REGISTRY_DB_PASSWORD}\"",
                "<resource-ref ref=\"jdbc/registry\"/>");
        assertThat(xml).doesNotContain("s3cret", "jdbc:postgresql://db/registry");
    }

    @Test
    void anEmptyPasswordIsPayarasEmptyNotation() throws IOException {
        String xml = configure(Database.h2(directory));

        assertThat(xml).contains("name=\"password\" value=\"()\"");
    }

    @Test
    void hidesTheServerBannerAndKeepsTheAdminListenerOnLoopback() throws IOException {
        String xml = configure(Database.h2(directory));

        assertThat(xml).contains("xpowered-by=\"false\"", "server-header=\"false\"", "address=\"127.0.0.1\"");
    }

    @Test
    void onlyTheHttpListenerFacesTheNetwork() throws IOException {
        String xml = configure(Database.h2(directory));

        assertThat(listener(xml, "http-listener-1")).doesNotContain("address");
        assertThat(listener(xml, "http-listener-2")).contains("address=\"127.0.0.1\"");
        assertThat(listener(xml, "admin-listener")).contains("address=\"127.0.0.1\"");
        assertThat(xml).containsPattern("<iiop-listener address=\"127.0.0.1\"")
                .containsPattern("<jmx-connector address=\"127.0.0.1\"")
                .contains("type=\"DISABLED\"", "interface=\"127.0.0.1\"", "das-bind-address=\"127.0.0.1\"");
    }

    @Test
    void instancesBehindTheBalancerListenOnLoopbackAndTakeTheClientsAddressFromIt() throws IOException {
        Path file = directory.resolve("domain.xml");
        String serverConfig = DOMAIN.substring(DOMAIN.indexOf("<config name=\"server-config\">"), DOMAIN.indexOf("</configs>"));
        Files.writeString(file, DOMAIN.replace("</configs>", serverConfig.replace("server-config", "default-config") + "</configs>"));

        new DomainXml(file).forDeploymentGroup(java.util.List.of(28402, 28502));

        String xml = Files.readString(file);
        String instances = config(xml, "default-config");
        assertThat(listener(instances, "http-listener-1")).contains("address=\"127.0.0.1\"");
        assertThat(instances).contains("auth-pass-through-enabled=\"true\"", "http2-enabled=\"false\"");
        String das = config(xml, "server-config");
        assertThat(listener(das, "http-listener-1")).as("the DAS's own listener: not behind the balancer").doesNotContain("address");
        assertThat(das).doesNotContain("auth-pass-through-enabled");
        assertThat(xml).as("one data grid of the DAS and the instances, each named").contains("host-aware-partitioning=\"false\"",
                "discovery-mode=\"tcpip\"", "tcpip-members=\"127.0.0.1:28402,127.0.0.1:28502\"");
        assertThat(das).as("the DAS stays out of the grid").contains("<hazelcast-config-specific-configuration enabled=\"false\"");
        assertThat(instances).doesNotContain("<hazelcast-config-specific-configuration");
    }

    private static String config(String xml, String name) {
        int start = xml.indexOf("<config name=\"" + name + "\"");
        assertThat(start).as(name).isNotNegative();
        return xml.substring(start, xml.indexOf("</config>", start));
    }

    private static String listener(String xml, String name) {
        var matcher = java.util.regex.Pattern.compile("<network-listener[^>]*name=\"" + name + "\"[^>]*>").matcher(xml);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group();
    }

    private String configure(Database database) throws IOException {
        Path file = directory.resolve("domain.xml");
        Files.writeString(file, DOMAIN);
        new DomainXml(file).configure(database);
        return Files.readString(file);
    }
}
