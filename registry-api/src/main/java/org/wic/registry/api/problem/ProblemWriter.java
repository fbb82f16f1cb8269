package org.wic.registry.api.problem;

import jakarta.servlet.http.HttpServletResponse;
import org.wic.registry.api.json.JsonbConfiguration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writes a problem straight to a servlet response, for answers given outside JAX-RS. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(HttpServletResponse response, Problem problem) throws IOException {
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JsonbConfiguration.jsonb().toJson(problem));
        response.flushBuffer();
    }
}
