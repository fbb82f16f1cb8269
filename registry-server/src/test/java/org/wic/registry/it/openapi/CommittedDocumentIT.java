package org.wic.registry.it.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.ContractCheck;
import org.wic.registry.it.RegistryHttp;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The Java client (registry-client) is generated from the OpenAPI document committed in registry-api;
 * it must be the one the registry serves. Only {@code servers} may differ: the served one names the
 * server that answered. {@code -Dregistry.openapi.refresh=true} writes the served document there.
 */
class CommittedDocumentIT {

    static final Path COMMITTED = Path.of("..", "registry-api", "src", "main", "resources", "openapi", "registry.json");
    private static final String REFRESH = "./mvnw verify -Dit.test=CommittedDocumentIT -Dregistry.openapi.refresh=true";

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        JsonObject served = parse(ContractCheck.servedDocument(RegistryHttp.BASE));
        JsonObject committed = parse(Files.readString(COMMITTED));
        if (Boolean.getBoolean("registry.openapi.refresh")) {
            Files.writeString(COMMITTED, pretty(Json.createObjectBuilder(served).add("servers", committed.get("servers")).build()) + "\n");
            committed = parse(Files.readString(COMMITTED));
        }

        JsonObject servedApi = Json.createObjectBuilder(served).remove("servers").build();
        JsonObject committedApi = Json.createObjectBuilder(committed).remove("servers").build();
        if (!servedApi.equals(committedApi)) {
            fail("The OpenAPI document the registry serves differs from " + COMMITTED.normalize() + ", which the Java client is generated "
                    + "from (differences under " + differingMembers(servedApi, committedApi) + "). Refresh it with\n    " + REFRESH
                    + "\nthen review and commit the change (the client is generated again at the next build).");
        }
        assertThat(committed.getJsonArray("servers")).as("the client's default server").isNotEmpty();
    }

    /** The top-level members and paths or schemas whose content differs. */
    private static TreeSet<String> differingMembers(JsonObject served, JsonObject committed) {
        var differing = new TreeSet<String>();
        for (String member : union(served, committed)) {
            if (served.get(member) == null || !served.get(member).equals(committed.get(member))) {
                if (served.get(member) instanceof JsonObject inner && committed.get(member) instanceof JsonObject other) {
                    for (String key : union(inner, other)) {
                        if (inner.get(key) == null || !inner.get(key).equals(other.get(key))) {
                            differing.add(member + "/" + key);
                        }
                    }
                } else {
                    differing.add(member);
                }
            }
        }
        return differing;
    }

    private static TreeSet<String> union(JsonObject one, JsonObject other) {
        var keys = new TreeSet<>(one.keySet());
        keys.addAll(other.keySet());
        return keys;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static String pretty(JsonObject document) {
        var text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeObject(document);
        }
        return text.toString().strip();
    }
}
