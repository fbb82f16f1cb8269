package org.wic.registry.audit;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuditErasureTest {

    @Test
    void everyValueEqualToOneOfThePersonsInAnyCaseBecomesTheMarkerAndNothingElseChanges() {
        JsonValue changes = json("""
                {"name": {"before": null, "after": "Zawadi Achieng"}, "email": {"before": "Zawadi@People.example", "after": null},
                 "phone": {"after": "+254 711 222333"}, "title": {"after": "Director"}, "primary": {"after": true}, "list": ["zawadi@people.example", 3]}""");

        JsonValue erased = AuditErasure.replaced(changes, Set.of("zawadi achieng", "zawadi@people.example", "+254 711 222333"), "[erased]");

        assertThat(erased).isEqualTo(json("""
                {"name": {"before": null, "after": "[erased]"}, "email": {"before": "[erased]", "after": null},
                 "phone": {"after": "[erased]"}, "title": {"after": "Director"}, "primary": {"after": true}, "list": ["[erased]", 3]}"""));
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
