package org.wic.registry.server;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The registry's settings in a stopped domain's domain.xml. */
final class DomainXml {

    static final String POOL = "registry-pool";
    static final String RESOURCE = "jdbc/registry";
    /** Payara's notation for an empty password property. */
    private static final String EMPTY_PASSWORD = "()";
    private static final int SOCKET_WRITE_BUFFER_BYTES = 64 * 1024;
    private static final String LOOPBACK = "127.0.0.1";
    private static final int HEADER_BUFFER_BYTES = 32 * 1024;

    private final Path file;

    DomainXml(Path file) {
        this.file = file;
    }

    void configure(Database database) {
        Document domain = read();
        Element resources = first(domain, "resources");
        resources.appendChild(element(domain, "jdbc-connection-pool", Map.of(
                "name", POOL,
                "datasource-classname", database.dataSourceClass(),
                "res-type", "javax.sql.DataSource",
                // a connection is checked before it is handed out, so a restarted database is noticed
                "is-connection-validation-required", "true",
                "connection-validation-method", "custom-validation",
                "validation-classname", "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fail-all-connections", "true"), pool -> {
            pool.appendChild(property(domain, "URL", "${ENV=REGISTRY_DB_URL}"));
            pool.appendChild(property(domain, "user", "${ENV=REGISTRY_DB_USER}"));
            pool.appendChild(property(domain, "password", database.password().isEmpty() ? EMPTY_PASSWORD : "${ENV=REGISTRY_DB_PASSWORD}"));
        }));
        resources.appendChild(element(domain, "jdbc-resource", Map.of("pool-name", POOL, "jndi-name", RESOURCE), e -> { }));
        each(domain, "server", server -> {
            if (server.getAttribute("name").equals("server")) {
                server.appendChild(element(domain, "resource-ref", Map.of("ref", RESOURCE), e -> { }));
            }
        });
        each(domain, "protocol", protocol -> {
            if (protocol.getAttribute("name").equals("http-listener-1")) {
                Element http = (Element) protocol.getElementsByTagName("http").item(0);
                http.setAttribute("xpowered-by", "false");
                http.setAttribute("server-header", "false");
                // a request line and headers of up to 32 KiB reach the registry, which answers a problem for what is wrong
                // in them (Grizzly's 8 KiB default answers a bare 400 to a 10 000-character query parameter)
                http.setAttribute("header-buffer-length-bytes", String.valueOf(HEADER_BUFFER_BYTES));
            }
        });
        // Grizzly lets a blocking response writer run ahead of a slow client by four times this
        // (unset: four times the socket's send buffer, some 16 MiB on loopback), held in the heap;
        // set, a streamed CSV export holds at most 256 KiB per connection. The kernel's own send
        // buffer keeps its size (Grizzly only ever enlarges it).
        each(domain, "transport", transport -> transport.setAttribute("socket-write-buffer-size", String.valueOf(SOCKET_WRITE_BUFFER_BYTES)));
        // only the registry's HTTP listener faces the network: everything else answers on loopback or is off
        each(domain, "network-listener", listener -> {
            if (!listener.getAttribute("name").equals("http-listener-1")) {
                listener.setAttribute("address", LOOPBACK); // the admin listener and the TLS listener (8181)
            }
        });
        each(domain, "iiop-listener", listener -> listener.setAttribute("address", LOOPBACK)); // 3700, remote EJB: unused
        each(domain, "jmx-connector", connector -> connector.setAttribute("address", LOOPBACK)); // 8686
        // 7676: the registry sends no JMS. The server's own config has no jms-service (Payara makes an EMBEDDED one), so one is added
        Element jms = first(domain, "jms-service");
        each(domain, "config", config -> {
            if (config.getElementsByTagName("jms-service").getLength() == 0 && jms != null) {
                config.appendChild(jms.cloneNode(true));
            }
        });
        each(domain, "jms-service", service -> service.setAttribute("type", "DISABLED"));
        // the data grid (4900) of one server talks to nobody else; a cluster (several instances on this machine) stays on loopback too
        each(domain, "hazelcast-runtime-configuration", grid -> {
            grid.setAttribute("interface", LOOPBACK);
            grid.setAttribute("das-bind-address", LOOPBACK);
        });
        // Hazelcast binds the wildcard address whatever the interface, unless told not to
        each(domain, "java-config", java -> {
            for (String option : List.of("-Dhazelcast.socket.bind.any=false", "-Dhazelcast.socket.server.bind.any=false")) {
                Element jvmOption = domain.createElement("jvm-options");
                jvmOption.setTextContent(option);
                java.appendChild(jvmOption);
            }
        });
        write(domain);
    }

    /**
     * A deployment group's domain on this machine. The configuration new instances copy
     * (default-config): their HTTP listener on loopback only, behind the load balancer, and the
     * client's address taken from the balancer's {@code Proxy-ip} header (which the balancer sets,
     * overwriting a client's own), so rate limits and sign-in throttling count clients, not the
     * balancer; no HTTP/2 upgrade, which would tunnel a client past the balancer's rules. The data grid: its members (each instance, on its port) listed, because
     * Payara's "domain" discovery looks for a DAS on loopback at this machine's network address
     * instead; and no host-aware partitioning, with which the DAS and the instances refuse each
     * other ("Incompatible partition groups") and, on one host, no member could keep a backup of
     * another's sessions. The DAS stays out of the grid: it runs none of the registry's code, so
     * it could not run the rate limits' entry processors on data it held (and as a lite member,
     * holding none, it does not start alone).
     *
     * @param instanceGridPorts each instance's data grid port (its HZ_LISTENER_PORT)
     */
    void forDeploymentGroup(List<Integer> instanceGridPorts) {
        Document domain = read();
        each(domain, "hazelcast-runtime-configuration", grid -> {
            var members = new ArrayList<String>();
            instanceGridPorts.forEach(port -> members.add(LOOPBACK + ":" + port));
            grid.setAttribute("discovery-mode", "tcpip");
            grid.setAttribute("tcpip-members", String.join(",", members));
            grid.setAttribute("host-aware-partitioning", "false");
        });
        each(domain, "config", config -> {
            if (config.getAttribute("name").equals("server-config")) {
                NodeList grids = config.getElementsByTagName("hazelcast-config-specific-configuration");
                Element grid = grids.getLength() > 0 ? (Element) grids.item(0) : (Element) config.appendChild(domain.createElement("hazelcast-config-specific-configuration"));
                grid.setAttribute("enabled", "false");
            }
        });
        each(domain, "config", config -> {
            if (!config.getAttribute("name").equals("default-config")) {
                return;
            }
            NodeList listeners = config.getElementsByTagName("network-listener");
            for (int i = 0; i < listeners.getLength(); i++) {
                Element listener = (Element) listeners.item(i);
                if (listener.getAttribute("name").equals("http-listener-1")) {
                    listener.setAttribute("address", LOOPBACK);
                }
            }
            NodeList protocols = config.getElementsByTagName("protocol");
            for (int i = 0; i < protocols.getLength(); i++) {
                Element protocol = (Element) protocols.item(i);
                if (protocol.getAttribute("name").equals("http-listener-1")) {
                    Element http = (Element) protocol.getElementsByTagName("http").item(0);
                    http.setAttribute("auth-pass-through-enabled", "true");
                    // no cleartext HTTP/2 upgrade (h2c): an upgraded connection is a tunnel through the balancer, whose
                    // requests it no longer sees, so a client could send its own Proxy-ip
                    http.setAttribute("http2-enabled", "false");
                }
            }
        });
        write(domain);
    }

    private static Element property(Document document, String name, String value) {
        return element(document, "property", Map.of("name", name, "value", value), e -> { });
    }

    private static Element element(Document document, String tag, Map<String, String> attributes, Consumer<Element> children) {
        Element element = document.createElement(tag);
        attributes.forEach(element::setAttribute);
        children.accept(element);
        return element;
    }

    private static Element first(Document document, String tag) {
        return (Element) document.getElementsByTagName(tag).item(0);
    }

    private static void each(Document document, String tag, Consumer<Element> action) {
        NodeList elements = document.getElementsByTagName(tag);
        for (int i = 0; i < elements.getLength(); i++) {
            action.accept((Element) elements.item(i));
        }
    }

    private Document read() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    private void write(Document document) {
        try {
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(file.toFile()));
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }
}
