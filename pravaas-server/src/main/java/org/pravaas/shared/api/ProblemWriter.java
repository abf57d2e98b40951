package org.pravaas.shared.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem detail from a filter, where no controller advice reaches. Its title and
 * detail are the messages {@code key + ".title"} and {@code key} in the caller's language.
 */
public final class ProblemWriter {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PREFIX = "problem.";

    private ProblemWriter() {}

    public static void write(
            HttpServletResponse response, MessageSource messages, int status, String key, Object... args)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://pravaas.org/problems/" + key.substring(PREFIX.length()));
        body.put("title", messages.getMessage(key + ".title", null, locale));
        body.put("status", status);
        body.put("detail", messages.getMessage(key, args, locale));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
