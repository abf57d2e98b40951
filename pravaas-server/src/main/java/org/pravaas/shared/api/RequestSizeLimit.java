package org.pravaas.shared.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
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
            ProblemWriter.write(response, messages, 413, "problem.too-large", maxBytes / 1024);
            return;
        }
        chain.doFilter(request, response);
    }
}
