package org.wic.registry.web.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/** Bar charts for PrimeFaces' {@code p:chart} (Chart.js configurations as JSON). */
public final class Charts {

    private Charts() {
    }

    public static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    /** One bar per label, in order, without a legend (the chart's heading says what it counts). */
    public static String bar(String label, List<String> names, List<Long> counts, String colour) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        names.forEach(labels::add);
        counts.forEach(values::add);
        return bar(labels, Json.createArrayBuilder().add(dataset(label, values, colour)), false);
    }

    public static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", legend)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true))))
                .build().toString();
    }
}
