package org.wic.registry.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ChangesTest {

    @Test
    void recordsEachChangedFieldBeforeAndAfter() {
        String json = Changes.none().field("enabled", true, false).field("name", "Old", "New").toJson();

        assertThat(json).isEqualTo("{\"enabled\":{\"before\":true,\"after\":false},\"name\":{\"before\":\"Old\",\"after\":\"New\"}}");
    }

    @Test
    void leavesUnchangedFieldsOut() {
        Changes changes = Changes.none().field("enabled", true, true);

        assertThat(changes.isEmpty()).isTrue();
    }

    @Test
    void createdFieldsHaveNoBefore() {
        String json = Changes.created("username", "m.okafor").set("expiresAt", null).toJson();

        assertThat(json).isEqualTo("{\"username\":{\"before\":null,\"after\":\"m.okafor\"}}");
    }

    @Test
    void writesNumbersTimesAndEnumsAsJsonValues() {
        String json = Changes.none()
                .set("count", 3)
                .set("amount", new BigDecimal("5000.00"))
                .set("at", Instant.parse("2026-11-23T12:00:00Z"))
                .set("role", TestRole.SECRETARIAT)
                .toJson();

        assertThat(json).contains("\"count\":{\"before\":null,\"after\":3}", "\"after\":5000.00",
                "\"after\":\"2026-11-23T12:00:00Z\"", "\"after\":\"SECRETARIAT\"");
    }

    enum TestRole { SECRETARIAT }
}
