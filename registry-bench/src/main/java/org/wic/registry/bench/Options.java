package org.wic.registry.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The benchmark's {@code --name=value} arguments (the pom passes them from its bench.* properties). */
record Options(Map<String, String> values) {

    static Options parse(String[] args) {
        var values = new HashMap<String, String>();
        for (String arg : args) {
            String[] option = arg.replaceFirst("^--", "").split("=", 2);
            values.put(option[0], option.length > 1 ? option[1] : "");
        }
        return new Options(values);
    }

    String text(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing option --" + name);
        }
        return value;
    }

    int number(String name) {
        return Integer.parseInt(text(name));
    }

    Path path(String name) {
        return Path.of(text(name)).toAbsolutePath().normalize();
    }
}
