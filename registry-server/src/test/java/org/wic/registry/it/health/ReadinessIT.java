package org.wic.registry.it.health;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.wic.registry.it.RegistryHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** MicroProfile Health as an orchestrator probes it. */
class ReadinessIT {

    private final RegistryHttp registry = RegistryHttp.registry();

    @Test
    void readyWithTheDatabaseCheckUp() {
        RegistryHttp.Answer answer = registry.get("/health/ready");

        assertThat(answer.status()).isEqualTo(200);
        JsonObject health = answer.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
    }

    @Test
    void live() {
        RegistryHttp.Answer answer = registry.get("/health/live");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo("UP");
    }
}
