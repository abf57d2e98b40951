package org.pravaas.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies above a limit before they are read, with a 413 problem detail, so one
 * oversized request cannot tie up the server. (Forms and uploads have their own multipart limits.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {
    private final long maxBytes;
    private final MessageSource messages;

    RequestSizeLimit(@Value("${pravaas.api.max-body-bytes:1048576}") long maxBytes, MessageSource messages) {
        this.maxBytes = maxBytes;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > maxBytes || chunked) {
            String detail = messages.getMessage(
                    "problem.too-large", new Object[] {maxBytes / 1024}, LocaleContextHolder.getLocale());
            String title = messages.getMessage("problem.too-large.title", null, LocaleContextHolder.getLocale());
            ProblemWriter.write(response, 413, title, detail, "too-large");
            return;
        }
        chain.doFilter(request, response);
    }
}
