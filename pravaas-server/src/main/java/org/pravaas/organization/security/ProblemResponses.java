package org.pravaas.organization.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pravaas.shared.api.ProblemWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** 401 and 403 answers of the API, as localized problem details. */
@Component
class ProblemResponses {
    private final MessageSource messages;

    ProblemResponses(MessageSource messages) {
        this.messages = messages;
    }

    void write(HttpServletResponse response, int status, String key) throws IOException {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"pravaas\"");
        }
        ProblemWriter.write(response, messages, status, key);
    }
}
