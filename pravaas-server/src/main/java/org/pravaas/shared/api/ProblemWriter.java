package org.pravaas.shared.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail from a filter, where no controller advice reaches. */
public final class ProblemWriter {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemWriter() {}

    public static void write(HttpServletResponse response, int status, String title, String detail, String type)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", "https://pravaas.org/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
